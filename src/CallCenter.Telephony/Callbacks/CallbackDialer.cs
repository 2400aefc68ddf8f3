using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Customers;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Callbacks;

/// <summary>Calls customers back through the trunk (<see cref="CallbackOptions.Endpoint"/>) for the call distributor.</summary>
public sealed class CallbackDialer(
    Lazy<CallSwitchboard> switchboard,
    ICallDistributor distributor,
    ICallJournal journal,
    CallbackOptions options,
    TimeProvider time,
    ILoggerFactory loggers) : ICallbackDialer
{
    public ICallbackCaller? For(QueueRequest request, string? customerName)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (CallerNumbers.ToE164(request.CallerNumber, options.Region) is not { } number)
        {
            return null;
        }
        var endpoint = options.Endpoint.Replace("{number}", number, StringComparison.Ordinal).Replace("{digits}", number.TrimStart('+'), StringComparison.Ordinal);
        return new CallbackCustomer(request, customerName, endpoint, switchboard, distributor, journal, options, time, loggers);
    }
}
