namespace CallCenter.Core.Ivr.Handlers;

public enum LookupOutcome
{
    Found,
    NotFound,

    /// <summary>The lookup could not be made (the database is down): the caller hears an apology and is offered an agent.</summary>
    Error,
}
