using System.Runtime.InteropServices;

namespace CallCenter.Data.Outbox;

/// <summary>
/// Makes a directory's entries durable: a file just created or renamed is only certain to survive a power loss
/// once its directory has been flushed too (POSIX fsync(2)). .NET cannot open a directory, hence libc.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;
    private const int InvalidArgument = 22;

    public static void Flush(string directory)
    {
        // NTFS journals a file's directory entry with the file itself, and Windows cannot flush a directory.
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var descriptor = open(directory, ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"Could not open {directory} to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }
        try
        {
            // Some file systems cannot flush a directory and say so with EINVAL; there is nothing more to do.
            if (fsync(descriptor) != 0 && Marshal.GetLastPInvokeError() is var error && error != InvalidArgument)
            {
                throw new IOException($"Could not flush {directory} (errno {error}).");
            }
        }
        finally
        {
            _ = close(descriptor);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int fsync(int descriptor);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int descriptor);
}
