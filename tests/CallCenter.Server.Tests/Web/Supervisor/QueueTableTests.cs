using Bunit;
using CallCenter.Server.Web.Components.Supervisor;
using CallCenter.Server.Web.Supervisor;

namespace CallCenter.Server.Tests.Web.Supervisor;

public sealed class QueueTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    [Test]
    public void Render_AQueueWithCallers_ShowsItsCountsLongestWaitAndServiceLevel()
    {
        using var context = new BunitContext();
        var support = new QueueLine("support", Waiting: 3, OldestWaitingSince: Now.AddSeconds(-75), Ringing: 1, Talking: 4, Callbacks: 2, TimeSpan.FromSeconds(20), new ServiceLevel(17, 20));

        var table = context.Render<QueueTable>(p => p.Add(c => c.Queues, [support]).Add(c => c.Now, Now));

        Assert.Multiple(() =>
        {
            Assert.That(Text(table, "queue-support-waiting"), Is.EqualTo("3"));
            Assert.That(Text(table, "queue-support-longest-wait"), Is.EqualTo("1:15"));
            Assert.That(Text(table, "queue-support-ringing"), Is.EqualTo("1"));
            Assert.That(Text(table, "queue-support-talking"), Is.EqualTo("4"));
            Assert.That(Text(table, "queue-support-callbacks"), Is.EqualTo("2"));
            Assert.That(Text(table, "queue-support-service-level"), Is.EqualTo("85%"));
        });
    }

    [Test]
    public void Render_NobodyWaitingAndNoCallsToday_ShowsDashes()
    {
        using var context = new BunitContext();
        var sales = new QueueLine("sales", 0, null, 0, 0, 0, TimeSpan.FromSeconds(20), ServiceLevel.None);

        var table = context.Render<QueueTable>(p => p.Add(c => c.Queues, [sales]).Add(c => c.Now, Now));

        Assert.That(Text(table, "queue-sales-longest-wait"), Is.EqualTo("—"));
        Assert.That(Text(table, "queue-sales-service-level"), Is.EqualTo("—"));
    }

    [Test]
    public void Render_NowMovesOn_TheLongestWaitTicks()
    {
        using var context = new BunitContext();
        var support = new QueueLine("support", 1, Now.AddSeconds(-10), 0, 0, 0, TimeSpan.FromSeconds(20), ServiceLevel.None);
        var table = context.Render<QueueTable>(p => p.Add(c => c.Queues, [support]).Add(c => c.Now, Now));

        table.Render(p => p.Add(c => c.Now, Now.AddSeconds(1)));

        Assert.That(Text(table, "queue-support-longest-wait"), Is.EqualTo("0:11"));
    }

    [Test]
    public void Render_ServiceLevelsUnreadable_SaysWhyAndShowsNoFigure()
    {
        using var context = new BunitContext();
        var support = new QueueLine("support", 0, null, 0, 0, 0, TimeSpan.FromSeconds(20), ServiceLevel: null);

        var table = context.Render<QueueTable>(p => p.Add(c => c.Queues, [support]).Add(c => c.Now, Now).Add(c => c.Problem, "database unavailable"));

        Assert.That(Text(table, "queue-support-service-level"), Is.EqualTo("n/a"));
        Assert.That(Text(table, "queues-problem"), Is.EqualTo("database unavailable"));
    }

    private static string Text(IRenderedComponent<QueueTable> table, string name) => table.Find($"[data-test='{name}']").TextContent.Trim();
}
