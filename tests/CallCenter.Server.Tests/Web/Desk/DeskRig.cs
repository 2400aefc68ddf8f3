using System.Security.Claims;
using Bunit;
using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Agents;
using CallCenter.Core.Acd.Configuration;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Ports;
using CallCenter.Server.Web.Desk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>
/// The desktop's components rendered alone (bUnit) on what the server gives them: a real call distributor, event bus
/// and <see cref="DeskEvents"/> on a fake clock, and customers, orders, calls and tickets in memory. Signed in as 1001.
/// </summary>
internal sealed class DeskRig : IAsyncDisposable
{
    public const string Agent = "1001";

    /// <summary>A Monday afternoon in New York, the call center's zone.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private DeskRig(DeskOptions? options)
    {
        Time = new FakeTimeProvider(Start);
        Bus = new AcdEventBus(NullLogger<AcdEventBus>.Instance);
        Configuration = new AcdConfiguration
        {
            Agents = new Dictionary<string, AgentDefinition>
            {
                [Agent] = new() { Extension = Agent, Name = "Olivia Chen", Skills = new Dictionary<string, int> { ["support"] = 3 } },
                ["1002"] = new() { Extension = "1002", Name = "Li Wei", Skills = new Dictionary<string, int> { ["support"] = 3 } },
            },
        };
        var distributorOptions = new DistributorOptions { TimeZone = "America/New_York" };
        var roster = new AgentRoster(Configuration, Journal, Bus, Time, DistributorOptions.FindTimeZone(distributorOptions.TimeZone)!, NullLogger<AgentRoster>.Instance);
        Distributor = new CallDistributor(Configuration, roster, Bus, Time, distributorOptions, NullLogger<CallDistributor>.Instance);
        Options = options ?? new DeskOptions();
        Day = new DeskDay(distributorOptions, Time);
        Pops = new ScreenPopBuilder(Customers, Orders, Journal, Complaints, new FixedAcdConfiguration(Configuration), Options, new IvrHandlerOptions(), Time, NullLogger<ScreenPopBuilder>.Instance);
        Events = new DeskEvents(Bus, Pops, Time, NullLogger<DeskEvents>.Instance);

        var services = Context.Services;
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<ICustomerDirectory>(Customers);
        services.AddSingleton<IOrderBook>(Orders);
        services.AddSingleton<ICallJournal>(Journal);
        services.AddSingleton<IComplaintDesk>(Complaints);
        services.AddSingleton(new IvrHandlerOptions());
        services.AddSingleton(distributorOptions);
        services.AddSingleton(Options);
        services.AddSingleton(Day);
        services.AddSingleton(Distributor);
        services.AddSingleton(Pops);
        services.AddSingleton(Events);
        var user = Context.AddAuthorization();
        user.SetAuthorized("Olivia Chen");
        user.SetClaims(new Claim(ClaimTypes.NameIdentifier, Agent), new Claim(ClaimTypes.Name, "Olivia Chen"));
    }

    public BunitContext Context { get; } = new();

    public FakeTimeProvider Time { get; }

    public AcdEventBus Bus { get; }

    public AcdConfiguration Configuration { get; }

    public CallDistributor Distributor { get; }

    public DeskOptions Options { get; }

    public DeskDay Day { get; }

    public ScreenPopBuilder Pops { get; }

    public DeskEvents Events { get; }

    public FakeCustomers Customers { get; } = new();

    public FakeOrders Orders { get; } = new();

    public FakeJournal Journal { get; } = new();

    public FakeComplaints Complaints { get; } = new();

    public static async Task<DeskRig> StartAsync(DeskOptions? options = null)
    {
        var rig = new DeskRig(options);
        rig.Distributor.Start();
        await rig.Events.StartAsync(CancellationToken.None);
        return rig;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await Events.StopAsync(CancellationToken.None);
        await Events.DisposeAsync();
        await Distributor.DisposeAsync();
    }

    private sealed class FixedAcdConfiguration(AcdConfiguration configuration) : IAcdConfigurationSource
    {
        public AcdConfiguration Current => configuration;

        public event EventHandler<AcdConfiguration>? Changed
        {
            add { }
            remove { }
        }
    }
}
