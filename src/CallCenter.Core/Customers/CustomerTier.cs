namespace CallCenter.Core.Customers;

/// <summary>Sets queue priority: a VIP waits less than a member, a member less than a regular caller.</summary>
public enum CustomerTier
{
    Regular,
    Member,
    Vip,
}
