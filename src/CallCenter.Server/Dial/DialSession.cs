using System.Threading.Channels;
using CallCenter.Core.Calls;
using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Runtime;

namespace CallCenter.Server.Dial;

/// <summary>
/// One call to a flow from the admin's terminal: the real <see cref="IvrCall"/>, with the real handlers and
/// journal, on a <see cref="TerminalPhone"/> instead of Asterisk. It is fed exactly as the server feeds a call —
/// one input at a time from the call's inbox (its mailbox), CallArrived first and CallEnded last — and the
/// caller's keys are read from a <see cref="TextReader"/>: 0-9, * and #; q, or the end of the input, hangs up.
/// </summary>
public sealed class DialSession
{
    private readonly FlowDefinition flow;
    private readonly IvrServices services;
    private readonly PromptTranscripts prompts;
    private readonly TerminalWriter output;
    private readonly double speed;

    /// <param name="services">What calls share on the server; its clock times the prompts and the flow's waits.</param>
    /// <param name="output">Where the call is shown, line by line.</param>
    /// <param name="speed">How long a prompt lasts, as a multiple of its recorded length: 1 as on a phone, 0 at once.</param>
    public DialSession(FlowDefinition flow, IvrServices services, PromptTranscripts prompts, TextWriter output, double speed = 1)
    {
        if (!double.IsFinite(speed) || speed < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, "The speed is a factor of 0 or more.");
        }
        this.flow = flow;
        this.services = services;
        this.prompts = prompts;
        this.output = output as TerminalWriter ?? new TerminalWriter(output);
        this.speed = speed;
    }

    /// <param name="keys">The caller's keys, one character each; other characters are shown as ignored, white space is skipped.</param>
    /// <param name="hangUp">Cancelling it hangs up as the caller would (Ctrl+C); the call record is still closed.</param>
    public async Task<DialResult> RunAsync(CallerInfo caller, TextReader keys, CancellationToken hangUp = default)
    {
        var inbox = Channel.CreateUnbounded<CallInput>(new UnboundedChannelOptions { SingleReader = true });
        var transcript = new CallTranscript(output, services.Time);
        var journal = new ShownJournal(services.Journal, transcript);
        using var phone = new TerminalPhone(caller.CallId, inbox.Writer, transcript, prompts, services.Time, speed);
        var call = new IvrCall(flow, caller, phone, services with { Journal = journal });
        using var stopReading = new CancellationTokenSource();

        transcript.Begin();
        inbox.Writer.TryWrite(new CallArrived(caller));
        // Not awaited: a console read cannot be interrupted, so the reader may only end with the process.
        _ = Task.Run(() => ReadKeysAsync(keys, inbox.Writer, stopReading.Token), CancellationToken.None);
        using (hangUp.Register(() => inbox.Writer.TryWrite(new CallEnded(CallEndReason.CallerHungUp, "hung up from the terminal"))))
        {
            // The call's own I/O is never cancelled: a hangup must still close its record.
            while (!call.IsFinished && await inbox.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                while (!call.IsFinished && inbox.Reader.TryRead(out var input))
                {
                    if (phone.Receive(input) is { } news)
                    {
                        await call.HandleAsync(news, CancellationToken.None).ConfigureAwait(false);
                    }
                }
            }
        }
        inbox.Writer.TryComplete();
        await stopReading.CancelAsync().ConfigureAwait(false);
        return new DialResult(caller.CallId, journal.Record, journal.Steps);
    }

    private static async Task ReadKeysAsync(TextReader keys, ChannelWriter<CallInput> inbox, CancellationToken cancellationToken)
    {
        var buffer = new char[1];
        while (!cancellationToken.IsCancellationRequested)
        {
            int read;
            try
            {
                read = await keys.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException)
            {
                read = 0;
            }
            var key = buffer[0];
            if (read == 0 || key is 'q' or 'Q')
            {
                inbox.TryWrite(new CallEnded(CallEndReason.CallerHungUp, read == 0 ? "end of input" : "q"));
                return;
            }
            CallInput? input = key switch
            {
                >= '0' and <= '9' or '*' or '#' => new DigitPressed(key),
                _ when char.IsWhiteSpace(key) || char.IsControl(key) => null,
                _ => new IgnoredKey(key),
            };
            if (input is not null)
            {
                inbox.TryWrite(input);
            }
        }
    }
}
