namespace CallCenter.Audio.Checks;

/// <summary>One thing wrong with a file, said plainly enough to print as it is.</summary>
public sealed record WavProblem(WavProblemKind Kind, string Message)
{
    public override string ToString() => Message;
}
