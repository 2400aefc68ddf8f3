namespace CallCenter.Core.Ivr.Flows;

/// <summary>What a collected number must be beyond its length.</summary>
public enum DigitValidator
{
    None,

    /// <summary>12 digits with a Luhn check digit (<see cref="Customers.MembershipCard"/>).</summary>
    MembershipCard,

    /// <summary>A Luhn check digit, whatever the length.</summary>
    Luhn,
}
