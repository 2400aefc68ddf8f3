namespace CallCenter.Core.Ivr.Flows;

/// <summary>Which prompts exist in which language (prompts/{language}/...); flows are checked against it.</summary>
public interface IPromptCatalog
{
    bool Has(string language, string prompt);
}
