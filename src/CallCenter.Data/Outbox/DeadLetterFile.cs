using System.Buffers;
using System.Text.Json;

namespace CallCenter.Data.Outbox;

/// <summary>
/// Where entries the database refuses for good go, one JSON object a line with the full error, so the stream
/// behind them moves on and nothing is thrown away: an operator can correct and replay them.
/// </summary>
internal sealed class DeadLetterFile(string directory, TimeProvider time)
{
    public const string FileName = "dead-letter.jsonl";

    public string Path { get; } = System.IO.Path.Combine(directory, FileName);

    public async Task KeepAsync(OutboxEntry entry, Exception reason, CancellationToken cancellationToken)
    {
        var line = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(line))
        {
            json.WriteStartObject();
            json.WriteNumber("sequence", entry.Sequence);
            json.WriteString("kind", entry.Kind);
            json.WriteString("refusedAt", time.GetUtcNow());
            json.WriteString("error", $"{reason.GetType().FullName}: {reason.Message}");
            json.WritePropertyName("record");
            try
            {
                json.WriteRawValue(entry.Json);
            }
            catch (JsonException)
            {
                json.WriteStringValue(System.Text.Encoding.UTF8.GetString(entry.Json));
            }
            json.WriteEndObject();
        }
        line.Write("\n"u8);

        var existed = File.Exists(Path);
        using (var handle = File.OpenHandle(Path, FileMode.Append, FileAccess.Write))
        {
            await RandomAccess.WriteAsync(handle, line.WrittenMemory, RandomAccess.GetLength(handle), cancellationToken).ConfigureAwait(false);
            RandomAccess.FlushToDisk(handle);
        }
        if (!existed)
        {
            DirectorySync.Flush(directory);
        }
    }
}
