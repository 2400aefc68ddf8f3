using System.Diagnostics.CodeAnalysis;

namespace CallCenter.Ari.Events;

/// <summary>Turns one websocket message into a typed event.</summary>
public static class AriEventDecoder
{
    /// <summary>
    /// Decodes a message: a typed record for a known type, an <see cref="UnknownAriEvent"/> for a type this
    /// client does not know, or false with a reason for input that is not an ARI message at all.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out AriEvent? ariEvent, [NotNullWhen(false)] out string? error)
    {
        throw new NotImplementedException();
    }
}
