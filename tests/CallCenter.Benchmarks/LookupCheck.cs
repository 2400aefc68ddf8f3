using CallCenter.Data.Seeding;

namespace CallCenter.Benchmarks;

/// <summary>
/// Before anything is timed, each lookup must find what the demo data says it holds: fast answers that are
/// wrong, or always "not found", would make the figures meaningless.
/// </summary>
internal static class LookupCheck
{
    /// <summary>What is wrong, one line each; empty when every answer matches the data set.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(LookupPorts ports, DemoDataSet data, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var customer in data.Customers.Take(25))
        {
            var byPhone = await ports.Customers.FindByPhoneAsync(customer.Phones[^1], cancellationToken);
            if (byPhone?.Name != customer.Name || byPhone.PointsBalance != customer.PointsBalance || byPhone.Tier != customer.Tier)
            {
                problems.Add($"customer by phone {customer.Phones[^1]}: expected {customer.Name}, got {byPhone?.Name ?? "nothing"}");
            }
            if (customer.CardNumber is { } card && (await ports.Customers.FindByCardAsync(card, cancellationToken))?.Name != customer.Name)
            {
                problems.Add($"customer by card of {customer.Name}: not found");
            }
        }
        var stranger = data.Calls.First(c => c.CustomerId is null).CallerNumber;
        if (await ports.Customers.FindByPhoneAsync(stranger, cancellationToken) is { } someone)
        {
            problems.Add($"unknown caller {stranger} found as {someone.Name}");
        }
        foreach (var order in data.Orders.Take(25))
        {
            var found = await ports.Orders.FindByNumberAsync(order.Number, cancellationToken);
            if (found?.Status != order.Status || found.Lines.Count != order.Lines.Count || found.Total != order.Total)
            {
                problems.Add($"order {order.Number}: expected {order.Status} with {order.Lines.Count} lines, got {found?.Status.ToString() ?? "nothing"}");
            }
        }
        foreach (var product in data.Products.Take(25))
        {
            var found = await ports.Catalog.FindByCodeAsync(product.Code, cancellationToken);
            if (found?.Price != product.Price || found.Stock != product.Stock)
            {
                problems.Add($"product {product.Code}: expected {product.Price} with {product.Stock} in stock, got {found?.Price.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}");
            }
        }
        var stores = await ports.Stores.ListAsync(cancellationToken);
        if (stores.Count != data.Stores.Count || stores.Sum(s => s.Hours.Count) != data.Stores.Sum(s => s.Hours.Count))
        {
            problems.Add($"stores: expected {data.Stores.Count} with {data.Stores.Sum(s => s.Hours.Count)} opening hours, got {stores.Count} with {stores.Sum(s => s.Hours.Count)}");
        }
        return problems;
    }
}
