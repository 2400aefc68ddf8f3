using CallCenter.Audio.Checks;

namespace CallCenter.Audio;

public sealed class InvalidWavException : Exception
{
    public InvalidWavException(string message)
        : this(WavProblemKind.Malformed, message)
    {
    }

    public InvalidWavException(WavProblemKind problem, string message)
        : base(message)
    {
        Problem = problem;
    }

    /// <summary>Lets a format check report the reader's failure as one plain problem.</summary>
    public WavProblemKind Problem { get; }
}
