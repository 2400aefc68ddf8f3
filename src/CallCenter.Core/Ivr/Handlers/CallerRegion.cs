namespace CallCenter.Core.Ivr.Handlers;

/// <summary>The region caller numbers are read in, checked once when a handler is made rather than on every call.</summary>
internal static class CallerRegion
{
    public static string From(IvrHandlerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.CallerRegion is not { Length: 2 } code || !code.All(char.IsAsciiLetter))
        {
            throw new ArgumentException(
                $"{IvrHandlerOptions.SectionName}:{nameof(IvrHandlerOptions.CallerRegion)} must be a two-letter region code such as \"US\", not \"{options.CallerRegion}\".",
                nameof(options));
        }
        return code.ToUpperInvariant();
    }
}
