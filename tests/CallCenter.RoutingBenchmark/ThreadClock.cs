using System.Runtime.InteropServices;

namespace CallCenter.RoutingBenchmark;

/// <summary>
/// CPU time the current thread has used, on Linux: the cost of a routing itself, which a busy machine does not
/// inflate the way it inflates wall-clock time by running other work in the middle of it.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static bool Works { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    public static long Nanoseconds() => TryRead(out var nanoseconds) ? nanoseconds : 0;

    private static bool TryRead(out long nanoseconds)
    {
        nanoseconds = 0;
        try
        {
            if (ClockGetTime(ThreadCpuTime, out var time) != 0)
            {
                return false;
            }
            nanoseconds = time.Seconds * 1_000_000_000 + time.Nanoseconds;
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
