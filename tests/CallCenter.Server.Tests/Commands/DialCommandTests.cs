using System.Globalization;
using System.Text.RegularExpressions;
using CallCenter.Data;
using CallCenter.Data.Schema;
using CallCenter.Data.Seeding;
using CallCenter.Server.Commands;
using CallCenter.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Server.Tests.Commands;

/// <summary>
/// `dial` in process, on a copy of a seeded SQLite database, the repository's hotline and prompts, with keys typed
/// when the test has seen what the caller hears. The clock starts on a Tuesday morning, when the hotline is open.
/// </summary>
public sealed partial class DialCommandTests
{
    /// <summary>Tuesday 3 March 2026, 10:00 in New York: open, and no dated announcement runs.</summary>
    private static readonly DateTimeOffset Opening = new(2026, 3, 3, 15, 0, 0, TimeSpan.Zero);

    private const string ChooseEnglish = "For English, press 1.";
    private const string MainMenu = "For your member points balance, press 1.";

    private static readonly string[] DigitWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static string template = null!;
    private string folder = null!;

    private string DatabaseFile => Path.Combine(folder, "callcenter.db");

    [OneTimeSetUp]
    public static async Task SeedTheTemplateAsync()
    {
        template = Path.Combine(Directory.CreateTempSubdirectory("callcenter-dial-template-").FullName, "demo.db");
        var database = new DbConnectionFactory(new DatabaseOptions { ConnectionString = $"Data Source={template};Pooling=false" });
        await new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
        await new DemoDataSeeder(database, NullLogger<DemoDataSeeder>.Instance).SeedAsync(DemoData.Generate(Opening), replaceExisting: false, CancellationToken.None);
    }

    [OneTimeTearDown]
    public static void RemoveTheTemplate() => Directory.Delete(Path.GetDirectoryName(template)!, recursive: true);

    [SetUp]
    public void CopyTheTemplate()
    {
        folder = Directory.CreateTempSubdirectory("callcenter-dial-").FullName;
        File.Copy(template, DatabaseFile);
    }

    [TearDown]
    public void RemoveTheCopy()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task MemberPoints_DemoCard_SaysThatCustomersBalanceInWords()
    {
        var card = Text("SELECT card_number FROM customers WHERE card_number IS NOT NULL ORDER BY id LIMIT 1");
        Execute($"UPDATE customers SET points_balance = 1250 WHERE card_number = '{card}'");
        var call = await AnonymousAtMainMenuAsync();
        call.Keys.Press("1");
        await call.Screen.WaitForAsync("Please enter your 12 digit membership card number.");
        call.Keys.Press(card);
        await call.Screen.WaitForAsync("Your points balance is one thousand two hundred fifty points.");
        call.Keys.Press("q");

        Assert.That(await call.ExitAsync(), Is.EqualTo(ServerCommandLine.Success), call.Error.ToString());
    }

    [Test]
    public async Task CardNumber_KeysTypedTogether_ShowOnOneLineWhileTheStepMasksThem()
    {
        var card = Text("SELECT card_number FROM customers WHERE card_number IS NOT NULL ORDER BY id LIMIT 1");
        var call = await AnonymousAtMainMenuAsync();
        call.Keys.Press("1");
        await call.Screen.WaitForAsync("Please enter your 12 digit membership card number.");

        call.Keys.Press(card);
        await call.Screen.WaitForAsync("Your points balance is");
        call.Keys.Press("q");
        await call.ExitAsync();

        Assert.Multiple(() =>
        {
            Assert.That(call.Screen.ToString(), Does.Contain($"press  {card}{Environment.NewLine}"));
            Assert.That(call.Screen.ToString(), Does.Contain($"step   card-number [********{card[^4..]}]: next"));
        });
    }

    [Test]
    public async Task Complaint_RecordingToItsMaximumLength_IsKeptAsATicket()
    {
        var english = Text("SELECT p.e164 FROM customer_phones p JOIN customers c ON c.id = p.customer_id WHERE c.preferred_language = 'en' ORDER BY p.e164 LIMIT 1");
        // A hundred times as fast, so the 3 minutes of a message pass in under 2 s; the 6 typed during the
        // welcome answers the main menu at once (type-ahead), so no key races a wait.
        var call = Dial(new DialClock(Opening, rate: 100), "--from", english, "--speed", "1");
        call.Keys.Press("6");

        var exit = await call.ExitAsync();

        var callId = AnsweredCall().Match(call.Screen.ToString()).Groups["id"].Value;
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), call.Error.ToString());
            Assert.That(call.Screen.ToString(), Does.Contain("record ended: 180 s kept").And.Contain("step   complaint: message kept").And.Contain("end    the flow hung up"));
            Assert.That(Text($"SELECT recording_name FROM complaint_tickets WHERE call_id = '{callId}'"), Is.EqualTo($"{callId}-rec1"));
            Assert.That(Text($"SELECT outcome FROM call_records WHERE call_id = '{callId}'"), Is.EqualTo("Voicemail"));
        });
    }

    [Test]
    public async Task OrderStatus_ShippedOrder_SaysItsNumberAndStatus()
    {
        var order = Text("SELECT number FROM orders WHERE status = 'Shipped' ORDER BY number LIMIT 1");
        var spoken = string.Join(" ", order.Select(d => DigitWords[d - '0']));
        var call = await AnonymousAtMainMenuAsync();
        call.Keys.Press("2");
        await call.Screen.WaitForAsync("Please enter your 8 digit order number.");
        call.Keys.Press(order);
        await call.Screen.WaitForAsync($"Your order {spoken} has been shipped.");
        call.Keys.Press("q");

        Assert.That(await call.ExitAsync(), Is.EqualTo(ServerCommandLine.Success), call.Error.ToString());
    }

    [Test]
    public async Task MainMenu_WrongKeyThenRightKey_SaysSoThenTakesTheRightOne()
    {
        var call = await AnonymousAtMainMenuAsync();

        call.Keys.Press("9");
        await call.Screen.WaitForAsync("Sorry, that is not a valid choice.");
        call.Keys.Press("2");
        await call.Screen.WaitForAsync("Please enter your 8 digit order number.");
        call.Keys.Press("q");
        await call.ExitAsync();

        var shown = call.Screen.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(shown.IndexOf("Sorry, that is not a valid choice.", StringComparison.Ordinal), Is.LessThan(shown.IndexOf("main-menu [2]: key 2", StringComparison.Ordinal)));
            Assert.That(shown, Does.Not.Contain("main-menu [9]"), "a wrong key does not leave the menu");
        });
    }

    [Test]
    public async Task MainMenu_Silence_AsksAgainThenTakesTheFallback()
    {
        // Twenty times as fast: the menu's three waits of 6 s pass in under a second.
        var call = Dial(new DialClock(Opening, rate: 20), "--from", "anonymous");

        await call.Screen.WaitForAsync("Sorry, no agent is available to take your call right now.");
        call.Keys.Press("q");
        await call.ExitAsync();

        var shown = call.Screen.ToString();
        var beforeTheAgent = shown[..shown.IndexOf("Sorry, no agent is available", StringComparison.Ordinal)];
        Assert.Multiple(() =>
        {
            Assert.That(shown, Does.Contain("language: no input"), "silence keeps the default language");
            Assert.That(DialScreen.Count(beforeTheAgent, "Sorry, we did not hear your choice."), Is.EqualTo(2));
            Assert.That(shown, Does.Contain("main-menu: no input, 3 attempts: fallback"));
        });
    }

    [Test]
    public async Task QuitKey_HangsUpAndTheCallRecordIsKeptWithItsSteps()
    {
        var call = await AnonymousAtMainMenuAsync();

        call.Keys.Press("q");
        var exit = await call.ExitAsync();

        var shown = call.Screen.ToString();
        var callId = AnsweredCall().Match(shown).Groups["id"].Value;
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), call.Error.ToString());
            Assert.That(shown, Does.Contain("end    you hung up"));
            Assert.That(shown, Does.Contain($"Call {callId}: AbandonedInIvr, 5 steps, written through the journal outbox to SQLite at {DatabaseFile}"));
            Assert.That(Text($"SELECT outcome || ' ' || caller_number FROM call_records WHERE call_id = '{callId}' AND ended_at IS NOT NULL"), Is.EqualTo("AbandonedInIvr anonymous"));
            Assert.That(
                Texts($"SELECT node || ': ' || COALESCE(outcome, '') FROM call_steps WHERE call_id = '{callId}' ORDER BY sequence"),
                Is.EqualTo(new[] { "opening-hours: open", "welcome: next", "identify: not-found", "language: en", "main-menu: hung up" }));
        });
    }

    [Test]
    public async Task MainMenu_KeyWhilePlaying_StopsThePrompt()
    {
        var english = Text("SELECT p.e164 FROM customer_phones p JOIN customers c ON c.id = p.customer_id WHERE c.preferred_language = 'en' ORDER BY p.e164 LIMIT 1");
        // A fifth of its length: the main menu still plays about 4 s, long enough to press a key in it.
        var call = Dial("--from", english, "--speed", "0.2");
        await call.Screen.WaitForAsync(MainMenu);

        call.Keys.Press("3");
        await call.Screen.WaitForAsync("Please enter the 5 digit product code.");
        call.Keys.Press("q");
        await call.ExitAsync();

        var shown = call.Screen.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(shown, Does.Contain("language: known: en"), "the caller's own language is not asked for");
            Assert.That(shown, Does.Match(@"press  3\s+\[[0-9:.]+\] stop   the prompt"));
        });
    }

    [Test]
    public async Task DefaultCaller_IsADemoVip()
    {
        var call = Dial();
        call.Keys.End();

        var exit = await call.ExitAsync();

        var number = CallerNumber().Match(call.Screen.ToString()).Groups["number"].Value;
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), call.Error.ToString());
            Assert.That(Text($"SELECT c.tier FROM customer_phones p JOIN customers c ON c.id = p.customer_id WHERE p.e164 = '{number}'"), Is.EqualTo("Vip"));
            Assert.That(call.Screen.ToString(), Does.Contain($"Caller: {number}: ").And.Contain(", Vip"));
        });
    }

    [Test]
    public async Task EmptyDatabase_IsMigratedAndSeededWithTheDemoDataFirst()
    {
        File.Delete(DatabaseFile);
        var call = Dial("--from", "anonymous");
        call.Keys.End();

        var exit = await call.ExitAsync();

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Success), call.Error.ToString());
            Assert.That(call.Screen.ToString(), Does.Contain("The database is empty: seeding the demo data first"));
            Assert.That(long.Parse(Text("SELECT COUNT(*) FROM customers"), CultureInfo.InvariantCulture), Is.GreaterThan(200));
            Assert.That(long.Parse(Text("SELECT COUNT(*) FROM call_records WHERE call_id LIKE 'dial-%'"), CultureInfo.InvariantCulture), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task BrokenFlowFile_PrintsItsErrorsWithTheirLinesAndDoesNotCall()
    {
        var broken = Path.Combine(folder, "broken.yaml");
        var lines = File.ReadAllLines(RepositoryRoot.PathOf("flows", "hotline.yaml"));
        var line = Array.IndexOf(lines, "    found: say-points") + 1;
        lines[line - 1] = "    found: say-pints";
        File.WriteAllLines(broken, lines);

        var call = Dial("--flow", broken);
        var exit = await call.ExitAsync();

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Failure));
            Assert.That(call.Error.ToString(), Does.Contain($"{broken}:{line}: node 'points-lookup' goes on found to 'say-pints', which is not a node (did you mean 'say-points'?)"));
            Assert.That(call.Screen.ToString(), Does.Not.Contain("answer"));
        });
    }

    [TestCase("--speed", "fast")]
    [TestCase("--speed", "-1")]
    [TestCase("--from")]
    [TestCase("--ring")]
    public async Task BadFlags_PrintTheUsageAndFail(params string[] flags)
    {
        var call = Dial(flags);

        var exit = await call.ExitAsync();

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ServerCommandLine.Usage));
            Assert.That(call.Error.ToString(), Does.Contain("dial [--from NUMBER] [--flow FILE] [--speed FACTOR]"));
        });
    }

    /// <summary>An anonymous caller who chose English and hears the main menu.</summary>
    private async Task<RunningDial> AnonymousAtMainMenuAsync()
    {
        var call = Dial("--from", "anonymous");
        await call.Screen.WaitForAsync(ChooseEnglish);
        call.Keys.Press("1");
        await call.Screen.WaitForAsync(MainMenu);
        return call;
    }

    private RunningDial Dial(params string[] flags) => Dial(new DialClock(Opening), flags);

    private RunningDial Dial(TimeProvider clock, params string[] flags)
    {
        string[] configuration =
        [
            $"--Database:ConnectionString=Data Source={DatabaseFile};Pooling=false",
            $"--Outbox:Directory={Path.Combine(folder, "outbox")}",
            $"--Ivr:Flow={RepositoryRoot.PathOf("flows", "hotline.yaml")}",
            $"--Ivr:PromptsDirectory={RepositoryRoot.Prompts}",
        ];
        var keys = new DialKeys();
        var screen = new DialScreen();
        var error = new StringWriter();
        // At once, unless the test says otherwise: what the caller hears matters here, not how long.
        var flagsWithSpeed = flags.Contains("--speed") ? flags : [.. flags, "--speed", "0"];
        var exit = DialCommand.RunAsync(flagsWithSpeed, configuration, keys, screen, error, clock);
        return new RunningDial(exit, keys, screen, error);
    }

    private string Text(string sql) => Texts(sql).Single();

    private List<string> Texts(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }
        return rows;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [GeneratedRegex(@"answer call (?<id>dial-\S+)")]
    private static partial Regex AnsweredCall();

    [GeneratedRegex(@"Caller: (?<number>\+\d+): ")]
    private static partial Regex CallerNumber();

    private sealed record RunningDial(Task<int> Exit, DialKeys Keys, DialScreen Screen, StringWriter Error)
    {
        public async Task<int> ExitAsync()
        {
            try
            {
                return await Exit.WaitAsync(TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException)
            {
                Assert.Fail($"dial did not end within 60 s. The screen:\n{Screen}");
                throw;
            }
        }
    }
}
