namespace CallCenter.Testing.Channels;

/// <summary>The command queue of a channel in Stasis: commands run one at a time, in order.</summary>
internal sealed class ChannelControl
{
    private readonly PbxChannel _channel;
    private readonly Queue<ControlCommand> _pending = new();
    private ControlCommand? _current;
    private bool _pumping;

    public ChannelControl(PbxChannel channel) => _channel = channel;

    public ControlCommand? Current => _current;

    public ControlCommand Enqueue(ControlCommand command)
    {
        if (_channel.HangingUp || _channel.Destroyed)
        {
            command.Finish(false);
            return command;
        }
        _pending.Enqueue(command);
        Pump();
        return command;
    }

    /// <summary>Marks the running command done and starts the next one.</summary>
    public void Complete(ControlCommand command)
    {
        if (!ReferenceEquals(_current, command))
        {
            return;
        }
        _current = null;
        command.Finish(true);
        Pump();
    }

    /// <summary>Drops every queued command (control_flush_queue): their callers see them fail.</summary>
    public void Flush()
    {
        var current = _current;
        _current = null;
        current?.Finish(true);
        while (_pending.TryDequeue(out var command))
        {
            command.Finish(false);
        }
    }

    private void Pump()
    {
        if (_pumping)
        {
            return;
        }
        _pumping = true;
        try
        {
            while (_current is null && !_channel.HangingUp && _pending.TryDequeue(out var command))
            {
                _current = command;
                command.Run();
            }
        }
        finally
        {
            _pumping = false;
        }
    }
}
