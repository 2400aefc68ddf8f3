using CallCenter.Core.Ports;
using CallCenter.Data;
using CallCenter.Data.Catalog;
using CallCenter.Data.Customers;
using CallCenter.Data.Orders;
using CallCenter.Data.Stores;

namespace CallCenter.Benchmarks;

/// <summary>The IVR's lookup ports as the server builds them: the Dapper repositories of CallCenter.Data.</summary>
internal sealed record LookupPorts(ICustomerDirectory Customers, IProductCatalog Catalog, IOrderBook Orders, IStoreDirectory Stores)
{
    public static LookupPorts Create(DbConnectionFactory database) => new(
        new CustomerDirectory(database),
        new ProductCatalog(database),
        new OrderBook(database),
        new StoreDirectory(database));
}
