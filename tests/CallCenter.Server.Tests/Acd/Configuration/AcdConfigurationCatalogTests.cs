using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Configuration;
using CallCenter.Server.Acd;
using CallCenter.Server.Extensions;
using CallCenter.Testing;
using CallCenter.Testing.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCenter.Server.Tests.Acd.Configuration;

public sealed class AcdConfigurationCatalogTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private string folder = null!;
    private string path = null!;
    private LogCapture logs = null!;
    private TimerWatchingClock time = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Directory.CreateTempSubdirectory("callcenter-queues-").FullName;
        path = Path.Combine(folder, "queues.yaml");
        logs = new LogCapture();
        time = new TimerWatchingClock();
    }

    [TearDown]
    public void RemoveFolder()
    {
        logs.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void Start_WithTheShippedFile_HasItsQueuesAndAgents()
    {
        File.Copy(RepositoryRoot.PathOf("flows", "queues.yaml"), path);

        using var catalog = Catalog();

        Assert.Multiple(() =>
        {
            Assert.That(catalog.Current.Queues.Keys, Is.EquivalentTo(new[] { "support", "sales", "complaints", "vip" }));
            Assert.That(catalog.Current.Agents, Has.Count.EqualTo(10));
            Assert.That(logs.AtLeast(LogLevel.Warning), Is.Empty);
        });
    }

    [Test]
    public void Reload_AfterAValidEdit_PutsItInForceAndRaisesChanged()
    {
        File.Copy(RepositoryRoot.PathOf("flows", "queues.yaml"), path);
        using var catalog = Catalog();
        AcdConfiguration? announced = null;
        catalog.Changed += (_, configuration) => announced = configuration;
        Edit("    strategy: round-robin", "    strategy: fewest-calls");

        var changed = catalog.Reload();

        Assert.Multiple(() =>
        {
            Assert.That(changed, Is.True);
            Assert.That(catalog.Current.Queues["sales"].Strategy, Is.EqualTo(RoutingStrategy.FewestCalls));
            Assert.That(announced, Is.SameAs(catalog.Current));
        });
    }

    [Test]
    public void Reload_AfterAnInvalidEdit_KeepsTheConfigurationBeforeAndLogsEachErrorAtItsLine()
    {
        File.Copy(RepositoryRoot.PathOf("flows", "queues.yaml"), path);
        using var catalog = Catalog();
        var before = catalog.Current;
        var announced = false;
        catalog.Changed += (_, _) => announced = true;
        var line = Edit("    strategy: round-robin", "    strategy: random");

        var changed = catalog.Reload();

        Assert.Multiple(() =>
        {
            Assert.That(changed, Is.False);
            Assert.That(catalog.Current, Is.SameAs(before));
            Assert.That(announced, Is.False);
            Assert.That(logs.AtLeast(LogLevel.Error).Select(e => e.Message), Has.Some.Contain($"{path}:{line}: queue 'sales': unknown strategy 'random'"));
        });
    }

    [Test]
    public void Reload_FileUnchanged_RaisesNothing()
    {
        File.Copy(RepositoryRoot.PathOf("flows", "queues.yaml"), path);
        using var catalog = Catalog();
        var announced = false;
        catalog.Changed += (_, _) => announced = true;

        var changed = catalog.Reload();

        Assert.Multiple(() =>
        {
            Assert.That((changed, announced), Is.EqualTo((false, false)));
            Assert.That(logs.AtLeast(LogLevel.Warning), Is.Empty);
        });
    }

    [Test]
    public void Start_WithABrokenFile_RunsWithNoQueuesAndLogsTheErrors()
    {
        var lines = File.ReadAllLines(RepositoryRoot.PathOf("flows", "queues.yaml"));
        var line = Array.IndexOf(lines, "    ring-timeout: 15s") + 1;
        lines[line - 1] = "    ring-timeout: 1s";
        File.WriteAllLines(path, lines);

        using var catalog = Catalog();

        Assert.Multiple(() =>
        {
            Assert.That(catalog.Current.Queues, Is.Empty);
            Assert.That(logs.AtLeast(LogLevel.Error).Select(e => e.Message), Has.Some.Contain($"{path}:{line}: queue 'support': 'ring-timeout' must be a duration from 5s to 2m"));
        });
    }

    [Test]
    public void Start_WithNoFile_RunsWithNoQueuesAndSaysWhy()
    {
        using var catalog = Catalog();

        Assert.Multiple(() =>
        {
            Assert.That(catalog.Current.Queues, Is.Empty);
            Assert.That(logs.AtLeast(LogLevel.Error).Select(e => e.Message), Has.Some.Contain(path).And.Some.Contain("cannot be read"));
        });
    }

    [Test]
    public void Reload_FileWrittenAfterAStartWithout_PutsItInForce()
    {
        using var catalog = Catalog();
        File.Copy(RepositoryRoot.PathOf("flows", "queues.yaml"), path);

        var changed = catalog.Reload();

        Assert.Multiple(() =>
        {
            Assert.That(changed, Is.True);
            Assert.That(catalog.Current.Queues.Keys, Does.Contain("support"));
        });
    }

    [Test]
    public async Task Running_AnEditIsTakenUpAtTheNextReloadInterval()
    {
        File.Copy(RepositoryRoot.PathOf("flows", "queues.yaml"), path);
        using var catalog = Catalog();
        var announced = new TaskCompletionSource<AcdConfiguration>(TaskCreationOptions.RunContinuationsAsynchronously);
        catalog.Changed += (_, configuration) => announced.TrySetResult(configuration);
        await catalog.StartAsync(CancellationToken.None);
        await time.TimerStarted.WaitAsync(Patience);
        Edit("    max-wait: 3m", "    max-wait: 4m");

        time.Advance(TimeSpan.FromSeconds(2));
        var configuration = await announced.Task.WaitAsync(Patience);

        Assert.That(configuration.Queues["sales"].MaxWait, Is.EqualTo(TimeSpan.FromMinutes(4)));
        await catalog.StopAsync(CancellationToken.None);
    }

    [Test]
    public void Changed_ASubscriberThatThrows_DoesNotKeepTheOthersFromHearing()
    {
        File.Copy(RepositoryRoot.PathOf("flows", "queues.yaml"), path);
        using var catalog = Catalog();
        var heard = false;
        catalog.Changed += (_, _) => throw new InvalidOperationException("subscriber failed");
        catalog.Changed += (_, _) => heard = true;
        Edit("    wrap-up: 20s", "    wrap-up: 25s");

        catalog.Reload();

        Assert.Multiple(() =>
        {
            Assert.That(heard, Is.True);
            Assert.That(logs.AtLeast(LogLevel.Error).Select(e => e.Exception?.Message), Has.Some.EqualTo("subscriber failed"));
        });
    }

    [Test]
    public void AddCallCenterAcd_ServesTheCatalogAsTheConfigurationSource()
    {
        File.Copy(RepositoryRoot.PathOf("flows", "queues.yaml"), path);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [$"--Acd:Queues={path}"] });
        // The distributor writes agent state changes through the data layer's journal.
        builder.AddCallCenterData();
        builder.AddCallCenterAcd();
        using var host = builder.Build();

        var source = host.Services.GetRequiredService<IAcdConfigurationSource>();

        Assert.Multiple(() =>
        {
            Assert.That(source, Is.SameAs(host.Services.GetRequiredService<AcdConfigurationCatalog>()));
            Assert.That(host.Services.GetServices<IHostedService>(), Has.Some.SameAs(source));
            Assert.That(source.Current.Source, Is.EqualTo(path));
        });
    }

    private AcdConfigurationCatalog Catalog() =>
        new(new AcdOptions { Queues = path, ReloadInterval = TimeSpan.FromSeconds(2) }, time, logs.CreateFactory().CreateLogger<AcdConfigurationCatalog>());

    /// <summary>Replaces one line of the queue file; its line number.</summary>
    private int Edit(string line, string replacement)
    {
        var lines = File.ReadAllLines(path);
        var index = Array.IndexOf(lines, line);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"queues.yaml has no line \"{line}\"");
        lines[index] = replacement;
        File.WriteAllLines(path, lines);
        return index + 1;
    }
}
