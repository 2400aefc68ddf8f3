using System.Reflection;
using CallCenter.Core.Ports;
using CallCenter.Data;

namespace CallCenter.Benchmarks;

/// <summary>
/// The IVR's lookup ports as the server builds them: the Dapper repositories of CallCenter.Data, each made with
/// the connection factory (their other constructor arguments are optional).
/// </summary>
internal sealed record LookupPorts(ICustomerDirectory Customers, IProductCatalog Catalog, IOrderBook Orders, IStoreDirectory Stores)
{
    // Found by name so that this program builds before and after the repositories are merged; once they are,
    // `new CustomerDirectory(database)` and so on can replace this.
    public static LookupPorts Create(DbConnectionFactory database) => new(
        Make<ICustomerDirectory>("CallCenter.Data.Customers.CustomerDirectory", database),
        Make<IProductCatalog>("CallCenter.Data.Catalog.ProductCatalog", database),
        Make<IOrderBook>("CallCenter.Data.Orders.OrderBook", database),
        Make<IStoreDirectory>("CallCenter.Data.Stores.StoreDirectory", database));

    private static T Make<T>(string typeName, DbConnectionFactory database)
    {
        var type = typeof(DbConnectionFactory).Assembly.GetType(typeName)
            ?? throw new InvalidOperationException($"{typeName} is not in CallCenter.Data: the repositories implementing {typeof(T).Name} are not built yet.");
        var constructor = type.GetConstructors()
            .FirstOrDefault(c => c.GetParameters() is [var first, ..] parameters
                && first.ParameterType == typeof(DbConnectionFactory)
                && parameters.Skip(1).All(p => p.HasDefaultValue))
            ?? throw new InvalidOperationException($"{typeName} has no constructor taking a DbConnectionFactory and optional arguments.");
        var arguments = constructor.GetParameters().Select((p, i) => i == 0 ? database : p.DefaultValue).ToArray();
        try
        {
            return (T)constructor.Invoke(arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
        {
            throw inner;
        }
    }
}
