using System.Text.Json;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing.Rest;

/// <summary>What an ARI handler answers: a status and a JSON body (or bytes, for a recording file).</summary>
internal sealed class AriResult
{
    private AriResult(int status, byte[]? body, string? contentType)
    {
        Status = status;
        Body = body;
        ContentType = contentType;
    }

    public int Status { get; }

    public byte[]? Body { get; }

    public string? ContentType { get; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static AriResult NoContent() => new(204, null, null);

    public static AriResult Json(int status, Action<Utf8JsonWriter> write) => new(status, AriJson.Serialize(write), "application/json");

    public static AriResult Ok(Action<Utf8JsonWriter> write) => Json(200, write);

    public static AriResult Created(Action<Utf8JsonWriter> write) => Json(201, write);

    public static AriResult File(byte[] bytes, string contentType) => new(200, bytes, contentType);

    /// <summary>ast_ari_response_error: {"message": "..."}.</summary>
    public static AriResult Error(int status, string message) => Json(status, w =>
    {
        w.WriteStartObject();
        w.WriteString("message", message);
        w.WriteEndObject();
    });

    /// <summary>ast_ari_response_alloc_failed: the one error with an "error" field instead of "message".</summary>
    public static AriResult AllocationFailed() => Json(500, w =>
    {
        w.WriteStartObject();
        w.WriteString("error", "Allocation failed");
        w.WriteEndObject();
    });
}
