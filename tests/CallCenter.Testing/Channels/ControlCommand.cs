namespace CallCenter.Testing.Channels;

/// <summary>
/// One command on a channel's control queue (res_stasis control.c). A command that takes time (a playback, a
/// recording) keeps the queue busy until it calls <see cref="ChannelControl.Complete"/>; everything queued
/// behind it waits, which is why adding a playing channel to a bridge waits for the playback.
/// </summary>
internal sealed class ControlCommand
{
    private readonly Action<ControlCommand> _run;
    private readonly Action? _abandon;
    private readonly TaskCompletionSource<bool> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ControlCommand(string name, Action<ControlCommand> run, Action? abandon = null)
    {
        Name = name;
        _run = run;
        _abandon = abandon;
    }

    public string Name { get; }

    /// <summary>True when the command ran, false when it was flushed because the channel left Stasis or hung up.</summary>
    public Task<bool> Done => _done.Task;

    public void Run() => _run(this);

    public override string ToString() => Name;

    public void Finish(bool ran)
    {
        if (!ran)
        {
            _abandon?.Invoke();
        }
        _done.TrySetResult(ran);
    }
}
