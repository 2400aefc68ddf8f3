namespace CallCenter.Core.Ivr.Flows;

public enum SayKind
{
    /// <summary>A prompt by name (may hold a {variable}).</summary>
    Prompt,

    /// <summary>A whole number from a variable, spoken as a quantity: "one thousand two hundred".</summary>
    Number,

    /// <summary>A digit string from a variable, one digit at a time: an order number.</summary>
    Digits,

    /// <summary>An amount of money from a variable: "twelve dollars and fifty cents".</summary>
    Money,

    /// <summary>A date (yyyy-MM-dd) from a variable: "November twenty-fourth".</summary>
    Date,
}
