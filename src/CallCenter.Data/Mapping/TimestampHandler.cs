using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CallCenter.Data.Mapping;

/// <summary>Instants: UTC text on SQLite, datetimeoffset on SQL Server; always read back in UTC.</summary>
internal sealed class TimestampHandler : SqlMapper.ITypeHandler
{
    public void SetValue(IDbDataParameter parameter, object value)
    {
        if (value is not DateTimeOffset instant)
        {
            parameter.Value = DBNull.Value;
            return;
        }
        if (parameter is SqliteParameter)
        {
            parameter.DbType = DbType.String;
            parameter.Value = StoredForms.Text(instant);
            return;
        }
        parameter.DbType = DbType.DateTimeOffset;
        parameter.Value = instant.ToUniversalTime();
    }

    public object Parse(Type destinationType, object value) => value switch
    {
        DateTimeOffset instant => instant.ToUniversalTime(),
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, time.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : time.Kind)).ToUniversalTime(),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime(),
        _ => throw new InvalidCastException($"A {value.GetType().Name} column cannot be read as a time."),
    };
}
