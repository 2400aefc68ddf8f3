namespace CallCenter.Core.Ports;

/// <summary>
/// The data store could not answer (down, timed out, locked) after its retries. Callers of a port catch this
/// one exception to give the caller a clean fallback — an apology and an agent — never a crash.
/// </summary>
public sealed class DataUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
