namespace CallCenter.Ari.Streaming;

/// <summary>A mailbox's consumer fell so far behind that its bounded queue filled up.</summary>
public sealed class MailboxOverflowException(string name, int capacity)
    : Exception($"Mailbox {name} is full ({capacity} messages waiting): its consumer is stuck or too slow.")
{
    public string MailboxName { get; } = name;
}
