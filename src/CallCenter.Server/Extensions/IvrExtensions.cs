using CallCenter.Audio.Prompts;
using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Ivr.Runtime;
using CallCenter.Core.Ivr.Speech;
using CallCenter.Core.Ports;
using CallCenter.Server.Ivr;
using CallCenter.Server.Prompts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallCenter.Server.Extensions;

public static class IvrExtensions
{
    /// <summary>
    /// Every call runs the live IVR flow (Ivr:Flow, reloaded when its file changes), with the handlers, the
    /// speech and the prompts it is checked against.
    /// </summary>
    public static IHostApplicationBuilder AddCallCenterIvr(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<IvrOptions>()
            .Bind(builder.Configuration.GetSection(IvrOptions.SectionName))
            .Validate(o => o.ReloadInterval > TimeSpan.Zero, "Ivr:ReloadInterval must be positive")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<IvrOptions>>().Value);
        services.AddOptions<IvrHandlerOptions>().Bind(builder.Configuration.GetSection(IvrHandlerOptions.SectionName));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<IvrHandlerOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IIvrHandler, IdentifyCallerHandler>();
        services.AddSingleton<IIvrHandler, MemberPointsHandler>();
        services.AddSingleton<IIvrHandler, OrderStatusHandler>();
        services.AddSingleton<IIvrHandler, ProductPriceHandler>();
        services.AddSingleton<IIvrHandler, StoreInfoHandler>();
        services.AddSingleton<IIvrHandler, OrderQuoteHandler>();
        services.AddSingleton<IIvrHandler, PlaceOrderHandler>();
        services.AddSingleton<IIvrHandler, CreateTicketHandler>();
        services.AddSingleton<HandlerCatalog>();

        services.AddSingleton(sp => PromptsFolder.Resolve(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<IPromptCatalog>(sp => new PromptDirectoryCatalog(sp.GetRequiredService<PromptDirectory>()));
        services.AddSingleton<ISpeech, PromptSpeech>();

        services.AddSingleton<FlowCatalog>();
        services.AddSingleton<IFlowSource>(sp => sp.GetRequiredService<FlowCatalog>());
        services.AddHostedService(sp => sp.GetRequiredService<FlowCatalog>());
        services.AddSingleton(sp =>
        {
            var handlers = sp.GetRequiredService<HandlerCatalog>();
            return new IvrServices(
                sp.GetRequiredService<ICallJournal>(),
                handlers.Names.ToDictionary(name => name, handlers.Get, StringComparer.Ordinal),
                sp.GetRequiredService<ISpeech>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>())
            {
                Prompts = sp.GetRequiredService<IPromptCatalog>(),
                // Null without the call distributor (the dial verb): queue nodes then take their fallback.
                Distributor = sp.GetService<ICallDistributor>(),
                Callbacks = sp.GetService<ICallbackDialer>(),
            };
        });
        services.Replace(ServiceDescriptor.Singleton<ICallBehaviourFactory, IvrCallFactory>());
        return builder;
    }
}
