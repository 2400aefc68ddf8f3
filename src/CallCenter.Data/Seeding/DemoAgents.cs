using CallCenter.Core.Agents;

namespace CallCenter.Data.Seeding;

/// <summary>
/// The ten demo agents on extensions 1001 to 1010. Each one's PIN is their extension reversed (1002 signs in
/// with 2001): documented in the README, and to be changed before real use.
/// </summary>
public static class DemoAgents
{
    public const string Supervisor = "1010";
    public const string Admin = "1009";

    private static readonly (string Extension, string Name, (string Skill, int Level)[] Skills)[] Roster =
    [
        ("1001", "Emma Johnson", [("sales", 4), ("support", 3), ("en", 5)]),
        ("1002", "Li Wei", [("support", 4), ("complaints", 3), ("zh", 5), ("en", 4)]),
        ("1003", "Carlos Rivera", [("sales", 5), ("support", 2), ("en", 5)]),
        ("1004", "Zhang Min", [("sales", 3), ("support", 4), ("zh", 5), ("en", 3)]),
        ("1005", "Olivia Brown", [("complaints", 5), ("support", 3), ("en", 5)]),
        ("1006", "James Smith", [("support", 5), ("sales", 2), ("en", 5)]),
        ("1007", "Chen Jing", [("complaints", 4), ("sales", 3), ("zh", 5), ("en", 4)]),
        ("1008", "Sophia Davis", [("sales", 4), ("complaints", 3), ("en", 5)]),
        ("1009", "Michael Wang", [("support", 3), ("zh", 3), ("en", 5)]),
        ("1010", "Grace Liu", [("complaints", 5), ("sales", 4), ("support", 4), ("zh", 4), ("en", 5)]),
    ];

    /// <summary>The demo PIN of an agent: the extension reversed.</summary>
    public static string PinFor(string extension) => new(extension.Reverse().ToArray());

    /// <summary>The agents with their PINs hashed; the hashes are salted, so they differ from one call to the next.</summary>
    public static List<Agent> Generate() =>
        Roster.Select(a => new Agent
        {
            Extension = a.Extension,
            Name = a.Name,
            Skills = a.Skills.ToDictionary(s => s.Skill, s => s.Level, StringComparer.Ordinal),
            PinHash = AgentPin.Hash(PinFor(a.Extension)),
            Role = a.Extension switch
            {
                Supervisor => "supervisor",
                Admin => "admin",
                _ => "agent",
            },
        }).ToList();
}
