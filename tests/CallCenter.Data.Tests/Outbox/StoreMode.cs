namespace CallCenter.Data.Tests.Outbox;

public enum StoreMode
{
    /// <summary>Takes every batch.</summary>
    Up,

    /// <summary>Cannot be reached: throws a transient error (SQLite "unable to open database file").</summary>
    Down,

    /// <summary>Does not answer until the write is cancelled or the mode changes.</summary>
    Hang,

    /// <summary>Commits the next batch, then never answers: the process dies before the outbox marks it.</summary>
    CommitThenHang,

    /// <summary>Refuses every write for good (SQLite "no such table").</summary>
    RefuseAll,
}
