using CallCenter.Core.Complaints;
using CallCenter.Core.Records;
using CallCenter.Data.Journal;
using CallCenter.Data.Outbox;
using CallCenter.Data.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using static CallCenter.Data.Tests.Outbox.JournalRecords;

namespace CallCenter.Data.Tests.Outbox;

/// <summary>The outbox in front of the real journal store on a real SQLite file, cut off by another process's lock.</summary>
public sealed class JournalOutboxSqliteTests
{
    private OutboxFolder folder = null!;
    private string file = null!;
    private DbConnectionFactory database = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        folder = new OutboxFolder();
        file = Path.Combine(folder.Path, "callcenter.db");
        // A locked database answers "busy" after the command timeout; one second keeps the outage short.
        database = new DbConnectionFactory(new DatabaseOptions { ConnectionString = $"Data Source={file}", CommandTimeout = TimeSpan.FromSeconds(1) });
        await new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
    }

    [TearDown]
    public async Task RemoveDatabase()
    {
        await folder.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    [Test]
    public async Task DatabaseLockedMidStream_EveryRecordIsInTheDatabaseOnceAndInOrder()
    {
        var store = new WatchedJournalStore(new JournalStore(database));
        var options = folder.Options();
        options.Directory = Path.Combine(folder.Path, "outbox");
        var outbox = await folder.StartAsync(store, options);
        var journal = new CallJournal(outbox, new CallRecordReader(database));
        var desk = new ComplaintDesk(outbox, new TicketReader(database));
        var ticket = Ticket() with { CustomerId = null };
        var assigned = new TicketEvent(ticket.Id, Monday.AddMinutes(4), "assigned", "supervisor", "to 1003");

        for (var i = 1; i <= 100; i++)
        {
            await journal.StepAsync(Step(i), CancellationToken.None);
        }
        await using (var otherProcess = await LockAsync())
        {
            for (var i = 101; i <= 200; i++)
            {
                await journal.StepAsync(Step(i), CancellationToken.None);
            }
            await journal.RecordAsync(Call(), CancellationToken.None);
            await desk.OpenAsync(ticket, CancellationToken.None);
            await store.FirstFailure.WaitAsync(OutboxFolder.Patience);
            await journal.RecordAsync(Call(outcome: CallOutcome.Answered), CancellationToken.None);
            await desk.ChangeAsync(ticket with { Status = TicketStatus.Assigned, AssignedTo = "1003" }, assigned, CancellationToken.None);
        }
        for (var i = 201; i <= 300; i++)
        {
            await journal.StepAsync(Step(i), CancellationToken.None);
        }
        await OutboxFolder.WhenFlushedThroughAsync(outbox, await outbox.AppendAsync(Step(301), CancellationToken.None));

        var steps = await journal.StepsAsync(Step(1).CallId, CancellationToken.None);
        var call = await journal.GetAsync(Call().CallId, CancellationToken.None);
        var stored = await desk.GetAsync(ticket.Id, CancellationToken.None);
        var history = await desk.HistoryAsync(ticket.Id, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(steps, Is.EqualTo(Enumerable.Range(1, 301).Select(i => Step(i))));
            Assert.That(call, Is.EqualTo(Call(outcome: CallOutcome.Answered)));
            Assert.That(stored, Is.EqualTo(ticket with { Status = TicketStatus.Assigned, AssignedTo = "1003" }));
            Assert.That(history.Select(h => h.Action), Is.EqualTo(new[] { "opened", "assigned" }));
            Assert.That(File.Exists(outbox.DeadLetterPath), Is.False);
        });
    }

    [Test]
    public async Task AnnotatedDuringAnOutage_TheNotesReachTheRecordAfterwardAndOutliveALaterVersion()
    {
        var store = new WatchedJournalStore(new JournalStore(database));
        var options = folder.Options();
        options.Directory = Path.Combine(folder.Path, "outbox");
        var outbox = await folder.StartAsync(store, options);
        var journal = new CallJournal(outbox, new CallRecordReader(database));
        var connected = Call(outcome: CallOutcome.Answered) with { WrapUpEndedAt = null, Disposition = null };
        var wrappedUp = connected with { WrapUpEndedAt = Monday.AddMinutes(6) };
        await OutboxFolder.WhenFlushedThroughAsync(outbox, await outbox.AppendAsync(connected, CancellationToken.None));

        await using (var otherProcess = await LockAsync())
        {
            await journal.AnnotateAsync(new CallAnnotation(connected.CallId, "1003", "complaint", "Parcel damaged", Monday.AddMinutes(5)), CancellationToken.None);
            await journal.RecordAsync(wrappedUp, CancellationToken.None);
            await store.FirstFailure.WaitAsync(OutboxFolder.Patience);
        }
        await OutboxFolder.WhenFlushedThroughAsync(outbox, await outbox.AppendAsync(Step(1), CancellationToken.None));

        var stored = await new CallRecordReader(database).GetAsync(connected.CallId, CancellationToken.None);
        Assert.That(stored, Is.EqualTo(wrappedUp with { Disposition = "complaint", Notes = "Parcel damaged" }));
    }

    /// <summary>Holds SQLite's write lock the way another process writing would, until disposed.</summary>
    private async Task<SqliteConnection> LockAsync()
    {
        var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }
}
