using System.Text.Json;
using System.Text.Json.Serialization;
using CallCenter.Core.Complaints;
using CallCenter.Core.Records;

namespace CallCenter.Data.Outbox;

// Enums by name: an entry written before a member was added or reordered still reads back as what it meant.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(CallRecord))]
[JsonSerializable(typeof(CallStep))]
[JsonSerializable(typeof(CallAnnotation))]
[JsonSerializable(typeof(AgentStateChange))]
[JsonSerializable(typeof(TicketChange))]
internal sealed partial class OutboxJson : JsonSerializerContext;
