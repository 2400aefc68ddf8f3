using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CallCenter.Data.Mapping;

/// <summary>Times of day (opening hours, calling windows): "HH:mm" on SQLite, time(0) on SQL Server.</summary>
internal sealed class TimeOfDayHandler : SqlMapper.ITypeHandler
{
    private static readonly string[] Forms = [StoredForms.TimeOfDay, StoredForms.TimeOfDayWithSeconds];

    public void SetValue(IDbDataParameter parameter, object value)
    {
        if (value is not TimeOnly time)
        {
            parameter.Value = DBNull.Value;
            return;
        }
        if (parameter is SqliteParameter)
        {
            parameter.DbType = DbType.String;
            parameter.Value = StoredForms.Text(time);
            return;
        }
        parameter.DbType = DbType.Time;
        parameter.Value = time.ToTimeSpan();
    }

    public object Parse(Type destinationType, object value) => value switch
    {
        TimeOnly time => time,
        TimeSpan span => TimeOnly.FromTimeSpan(span),
        DateTime moment => TimeOnly.FromDateTime(moment),
        string text => TimeOnly.ParseExact(text, Forms, CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"A {value.GetType().Name} column cannot be read as a time of day."),
    };
}
