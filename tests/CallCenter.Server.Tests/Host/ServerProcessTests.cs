using System.Diagnostics;
using CallCenter.Testing;

namespace CallCenter.Server.Tests.Host;

/// <summary>The server as an operating-system process: what systemd or docker does to it is a real SIGTERM.</summary>
public sealed class ServerProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Sigterm_CallInProgressHearsGoodbye_ThenTheProcessExitsCleanly()
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions { SoundsDirectory = RepositoryRoot.Prompts, PlaybackSpeed = 1.0 });
        var work = Directory.CreateTempSubdirectory("callcenter-process-");
        using var server = StartServer(asterisk, work.FullName, out var output);
        try
        {
            await asterisk.WaitForApplicationAsync(Timeout);
            var caller = await asterisk.PlaceCallAsync("100", "+15551230001");
            await caller.WaitForPlaybackStartedAsync("sound:welcome", Timeout);

            SendSigterm(server.Id);
            await caller.WaitForHangupAsync(Timeout);
            await server.WaitForExitAsync(new CancellationTokenSource(Timeout).Token);

            Assert.Multiple(() =>
            {
                Assert.That(caller.PlaybackHistory.Select(p => p.MediaUri), Is.EqualTo(new[] { "sound:welcome", "sound:goodbye" }));
                Assert.That(caller.PlaybackHistory[1].Outcome, Is.EqualTo(PlaybackOutcome.Done), "goodbye played to its end");
                Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Application));
                Assert.That(server.ExitCode, Is.Zero, output.ToString());
                Assert.That(output.ToString(), Does.Contain("Telephony stopped").And.Not.Contain(" ERR]"));
                Assert.That(output.ToString(), Does.Contain($"Database: SQLite at {Path.Combine(work.FullName, "store", "calls.db")}"), "Database__ConnectionString from the environment wins");
            });
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
            work.Delete(recursive: true);
        }
    }

    private static Process StartServer(FakeAsterisk asterisk, string workDirectory, out System.Text.StringBuilder output)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CallCenter.Server.dll")])
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["Ari__Url"] = asterisk.AriUri.ToString();
        start.Environment["Ari__User"] = asterisk.User;
        start.Environment["Ari__Password"] = asterisk.Password;
        start.Environment["Telephony__ShutdownGrace"] = "00:00:10";
        start.Environment["Database__ConnectionString"] = "Data Source=store/calls.db";
        start.Environment["Ivr__Flow"] = TestFlows.Write(workDirectory, TestFlows.WelcomeThenGoodbye);
        start.Environment["DOTNET_ENVIRONMENT"] = "Test";
        var process = Process.Start(start)!;
        var lines = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (lines) { lines.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (lines) { lines.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = lines;
        return process;
    }

    private static void SendSigterm(int processId)
    {
        const int sigterm = 15;
        // libc's kill(2) directly: a minimal Debian has no /bin/kill (procps).
        Assert.That(Kill(processId, sigterm), Is.Zero, "kill(2) failed");
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
