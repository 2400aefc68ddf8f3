using System.Globalization;
using CallCenter.Core.Agents;
using CallCenter.Server.Commands;
using Microsoft.Data.Sqlite;

namespace CallCenter.Server.Tests.Commands;

public sealed class AgentCommandsTests
{
    private string directory = null!;
    private string databaseFile = null!;

    [SetUp]
    public void CreateDirectory()
    {
        directory = Directory.CreateTempSubdirectory("callcenter-agents-").FullName;
        databaseFile = Path.Combine(directory, "data", "cc.db");
    }

    [TearDown]
    public void RemoveDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public async Task Add_ThenList_ShowsTheAgentWithTheirRoleAndNoPinYet()
    {
        await MigratedAsync();

        var (added, _, addError) = await RunAsync("agent", "add", "1011", "Nora Quinn", "--role", "supervisor");
        var (listed, output, _) = await RunAsync("agent", "list");

        Assert.Multiple(() =>
        {
            Assert.That(added, Is.EqualTo(ServerCommandLine.Success), addError);
            Assert.That(listed, Is.EqualTo(ServerCommandLine.Success));
            Assert.That(output, Does.Contain("Extension  Name        Role        PIN      Status"));
            Assert.That(output, Does.Contain("1011       Nora Quinn  supervisor  not set  active"));
        });
    }

    [Test]
    public async Task Add_WithoutRole_MakesAnAgentAndSaysWhatElseTheyNeed()
    {
        await MigratedAsync();

        var (exit, output, _) = await RunAsync("agent", "add", "1011", "Nora Quinn");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success));
            Assert.That(output, Does.Contain("Added agent 1011 Nora Quinn (agent)."));
            Assert.That(output, Does.Contain("agent pin 1011").And.Contain("flows/queues.yaml").And.Contain("asterisk-config/pjsip.conf"));
            Assert.That(Text("SELECT role FROM agents WHERE extension = '1011'"), Is.EqualTo("agent"));
        });
    }

    [Test]
    public async Task Add_TakenExtension_IsRefusedAndKeepsTheAgentThere()
    {
        await MigratedAsync();
        await RunAsync("agent", "add", "1011", "Nora Quinn");

        var (exit, _, error) = await RunAsync("agent", "add", "1011", "Someone Else");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain("Extension 1011 is already Nora Quinn's. Nothing changed."));
            Assert.That(Text("SELECT name FROM agents WHERE extension = '1011'"), Is.EqualTo("Nora Quinn"));
        });
    }

    [Test]
    public async Task Add_UnknownRole_IsRefused()
    {
        await MigratedAsync();

        var (exit, _, error) = await RunAsync("agent", "add", "1011", "Nora Quinn", "--role", "boss");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain("\"boss\" is not a role: agent, supervisor, admin."));
            Assert.That(Count("agents"), Is.Zero);
        });
    }

    [Test]
    public async Task Add_NameInSeveralWords_AsksForQuotes()
    {
        var (exit, _, error) = await RunAsync("agent", "add", "1011", "Nora", "Quinn");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Usage));
            Assert.That(error, Does.Contain("one name (quote it"));
        });
    }

    [Test]
    public async Task Pin_FromStdin_StoresAHashOfThePinAndShowsItNowhere()
    {
        await MigratedAsync();
        await RunAsync("agent", "add", "1011", "Nora Quinn");

        var (exit, output, error) = await RunAsync(["agent", "pin", "1011", "--stdin"], new PinEntry(new StringReader("739146\n"), IsTerminal: false));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), error);
            Assert.That(output, Does.Contain("PIN set for agent 1011 Nora Quinn"));
            Assert.That(AgentPin.Verify("739146", StoredHash("1011")), Is.True);
            Assert.That(output + error + Logs(), Does.Not.Contain("739146"));
        });
    }

    [Test]
    public async Task Pin_TypedTwiceAtATerminal_IsStoredAndNotEchoed()
    {
        await MigratedAsync();
        await RunAsync("agent", "add", "1011", "Nora Quinn");

        var (exit, output, error) = await RunAsync(["agent", "pin", "1011"], new PinEntry(new StringReader("2468\r2468\r"), IsTerminal: true));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), error);
            Assert.That(output, Does.Contain("New PIN for 1011 Nora Quinn (4 to 12 digits): ").And.Contain("The same PIN again: "));
            Assert.That(AgentPin.Verify("2468", StoredHash("1011")), Is.True);
            Assert.That(output + error, Does.Not.Contain("2468"));
        });
    }

    [Test]
    public async Task Pin_TypedWithACorrection_StoresWhatRemains()
    {
        await MigratedAsync();
        await RunAsync("agent", "add", "1011", "Nora Quinn");

        var (exit, _, error) = await RunAsync(["agent", "pin", "1011"], new PinEntry(new StringReader("24689\b\n2468\n"), IsTerminal: true));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), error);
            Assert.That(AgentPin.Verify("2468", StoredHash("1011")), Is.True);
        });
    }

    [Test]
    public async Task Pin_TypedDifferentlyTheSecondTime_IsRefused()
    {
        await MigratedAsync();
        await RunAsync("agent", "add", "1011", "Nora Quinn");

        var (exit, _, error) = await RunAsync(["agent", "pin", "1011"], new PinEntry(new StringReader("2468\n2469\n"), IsTerminal: true));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain("The two PINs differ. Nothing changed."));
            Assert.That(StoredHash("1011"), Is.Empty);
        });
    }

    [TestCase("123")]
    [TestCase("1234567890123")]
    [TestCase("12a45")]
    [TestCase("12 45")]
    [TestCase("")]
    public async Task Pin_NotFourToTwelveDigits_IsRefusedAndKeepsTheOldPin(string pin)
    {
        await MigratedAsync();
        await RunAsync("agent", "add", "1011", "Nora Quinn");
        await RunAsync(["agent", "pin", "1011", "--stdin"], new PinEntry(new StringReader("5555\n"), IsTerminal: false));

        var (exit, output, error) = await RunAsync(["agent", "pin", "--stdin", "1011"], new PinEntry(new StringReader(pin + "\n"), IsTerminal: false));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain("A PIN is 4 to 12 digits (0-9), nothing else. Nothing changed."));
            Assert.That(AgentPin.Verify("5555", StoredHash("1011")), Is.True);
            if (pin.Length > 0)
            {
                Assert.That(output + error, Does.Not.Contain(pin));
            }
        });
    }

    [Test]
    public async Task Pin_WithoutStdinWhenInputIsNoTerminal_SaysToPassStdin()
    {
        await MigratedAsync();
        await RunAsync("agent", "add", "1011", "Nora Quinn");

        var (exit, _, error) = await RunAsync(["agent", "pin", "1011"], new PinEntry(new StringReader("2468\n"), IsTerminal: false));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain("pass --stdin"));
            Assert.That(StoredHash("1011"), Is.Empty);
        });
    }

    [Test]
    public async Task Role_Change_IsStoredAndSaysWhatItWas()
    {
        await MigratedAsync();
        await RunAsync("agent", "add", "1011", "Nora Quinn");

        var (exit, output, _) = await RunAsync("agent", "role", "1011", "admin");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success));
            Assert.That(output, Does.Contain("Agent 1011 Nora Quinn is now admin (was agent)"));
            Assert.That(Text("SELECT role FROM agents WHERE extension = '1011'"), Is.EqualTo("admin"));
        });
    }

    [Test]
    public async Task Role_Unknown_IsRefusedAndKeepsTheRole()
    {
        await MigratedAsync();
        await RunAsync("agent", "add", "1011", "Nora Quinn", "--role", "supervisor");

        var (exit, _, error) = await RunAsync("agent", "role", "1011", "owner");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain("\"owner\" is not a role"));
            Assert.That(Text("SELECT role FROM agents WHERE extension = '1011'"), Is.EqualTo("supervisor"));
        });
    }

    [TestCase("pin", "1099", "--stdin")]
    [TestCase("role", "1099", "admin")]
    [TestCase("deactivate", "1099")]
    [TestCase("reactivate", "1099")]
    public async Task UnknownExtension_IsRefused(params string[] words)
    {
        await MigratedAsync();
        await RunAsync("agent", "add", "1011", "Nora Quinn");

        var (exit, _, error) = await RunAsync(["agent", .. words], new PinEntry(new StringReader("2468\n"), IsTerminal: false));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain("No agent has extension 1099."));
            Assert.That(Count("agents"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Deactivate_ThenList_ShowsTheAgentDeactivated()
    {
        await MigratedAsync();
        await RunAsync("agent", "add", "1011", "Nora Quinn");

        var (exit, _, _) = await RunAsync("agent", "deactivate", "1011");
        var (_, output, _) = await RunAsync("agent", "list");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success));
            Assert.That(output, Does.Contain("1011       Nora Quinn  agent       not set  deactivated"));
        });
    }

    [Test]
    public async Task Reactivate_DeactivatedAgent_IsActiveAgain()
    {
        await MigratedAsync();
        await RunAsync("agent", "add", "1011", "Nora Quinn");
        await RunAsync("agent", "deactivate", "1011");

        var (exit, output, _) = await RunAsync("agent", "reactivate", "1011");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success));
            Assert.That(output, Does.Contain("is active again"));
            Assert.That(Count("agents WHERE active = 1"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task List_DatabaseNotMigrated_SaysToMigrateAndCreatesNoTables()
    {
        var (exit, _, error) = await RunAsync("agent", "list");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(error, Does.Contain("run `db migrate` first"));
            Assert.That(Count("sqlite_master WHERE name = 'agents'"), Is.Zero);
        });
    }

    [Test]
    public async Task List_NoAgents_SaysHowToAddOne()
    {
        await MigratedAsync();

        var (exit, output, _) = await RunAsync("agent", "list");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success));
            Assert.That(output, Does.Contain("No agents yet. Take one on with: agent add EXTENSION \"NAME\""));
        });
    }

    [Test]
    public async Task UnknownAgentVerb_PrintsUsage()
    {
        var (exit, _, error) = await RunAsync("agent", "promote", "1011");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Usage));
            Assert.That(error, Does.Contain("Unknown command: agent promote 1011").And.Contain("agent pin EXTENSION [--stdin]"));
        });
    }

    [Test]
    public async Task Help_ListsTheAgentVerbs()
    {
        var (exit, output, _) = await RunAsync("help");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success));
            Assert.That(output, Does.Contain("agent list").And.Contain("agent add EXTENSION \"NAME\" [--role agent|supervisor|admin]")
                .And.Contain("agent pin EXTENSION [--stdin]").And.Contain("agent role EXTENSION agent|supervisor|admin")
                .And.Contain("agent deactivate EXTENSION").And.Contain("agent reactivate EXTENSION"));
        });
    }

    private async Task MigratedAsync()
    {
        var (exit, _, error) = await RunAsync("db", "migrate");
        Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), error);
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => RunAsync(args, pins: null);

    /// <summary>Through the command line as the binary runs it, or, given <paramref name="pins"/>, `agent` words straight to <see cref="AgentCommands"/> reading them.</summary>
    private async Task<(int Exit, string Output, string Error)> RunAsync(string[] args, PinEntry? pins)
    {
        string[] configuration = [$"--Database:ConnectionString=Data Source={databaseFile};Pooling=false", $"--Logging:Directory={Path.Combine(directory, "logs")}"];
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = pins is not null && args is ["agent", .. var words]
            ? await AgentCommands.RunAsync(words, configuration, pins, output, error, CancellationToken.None)
            : await ServerCommandLine.RunAsync([.. args, .. configuration], output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    private string StoredHash(string extension) => Text($"SELECT pin_hash FROM agents WHERE extension = '{extension}'");

    private string Logs()
    {
        var logs = Path.Combine(directory, "logs");
        return Directory.Exists(logs) ? string.Concat(Directory.EnumerateFiles(logs, "*", SearchOption.AllDirectories).Select(File.ReadAllText)) : "";
    }

    private long Count(string tableAndCondition) =>
        Convert.ToInt64(Scalar($"SELECT COUNT(*) FROM {tableAndCondition}"), CultureInfo.InvariantCulture);

    private string Text(string sql) => Convert.ToString(Scalar(sql), CultureInfo.InvariantCulture) ?? "";

    private object? Scalar(string sql)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databaseFile)!);
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
