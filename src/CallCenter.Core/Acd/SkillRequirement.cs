namespace CallCenter.Core.Acd;

/// <summary>An agent needs <paramref name="Skill"/> at <paramref name="MinLevel"/> (1 to 5) or above.</summary>
public sealed record SkillRequirement(string Skill, int MinLevel);
