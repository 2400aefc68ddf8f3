using System.Data;
using System.Globalization;
using Dapper;

namespace CallCenter.Data.Mapping;

/// <summary>
/// Prices. SQLite keeps a NUMERIC value as an integer or a real, row by row (10 but 19.99), and Dapper would
/// fail on the first row whose kind differs from the first row's; this reads either.
/// </summary>
internal sealed class DecimalHandler : SqlMapper.ITypeHandler
{
    public void SetValue(IDbDataParameter parameter, object value)
    {
        parameter.DbType = DbType.Decimal;
        parameter.Value = value is decimal amount ? amount : DBNull.Value;
    }

    public object Parse(Type destinationType, object value) => Convert.ToDecimal(value, CultureInfo.InvariantCulture);
}
