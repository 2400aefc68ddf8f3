namespace CallCenter.Testing.Tests.Support;

public static class Wait
{
    /// <summary>How long a test waits for something that should happen almost at once.</summary>
    public static readonly TimeSpan Short = TimeSpan.FromSeconds(10);
}
