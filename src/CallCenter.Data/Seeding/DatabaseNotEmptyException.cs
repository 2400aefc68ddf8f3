namespace CallCenter.Data.Seeding;

/// <summary>Seeding was refused: the database already has customers, and replacing them was not asked for.</summary>
public sealed class DatabaseNotEmptyException(int customers)
    : Exception($"The database already has {customers} customers; seeding would mix demo data into it. Use --force to delete all its data and seed afresh.")
{
    public int Customers { get; } = customers;
}
