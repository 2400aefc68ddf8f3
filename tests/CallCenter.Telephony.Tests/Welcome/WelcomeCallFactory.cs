using CallCenter.Core.Calls;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Tests.Welcome;

internal sealed class WelcomeCallFactory(WelcomeCallPrompts prompts, ILoggerFactory loggers) : ICallBehaviourFactory
{
    public ICallBehaviour Create(CallerInfo caller, ICallChannel channel) =>
        new WelcomeCall(caller, channel, prompts, loggers.CreateLogger<WelcomeCall>());
}
