using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CallCenter.Data.Mapping;

/// <summary>Calendar dates (birthdays, delivery days, promotion windows): "yyyy-MM-dd" on SQLite, date on SQL Server.</summary>
internal sealed class DateHandler : SqlMapper.ITypeHandler
{
    public void SetValue(IDbDataParameter parameter, object value)
    {
        if (value is not DateOnly day)
        {
            parameter.Value = DBNull.Value;
            return;
        }
        if (parameter is SqliteParameter)
        {
            parameter.DbType = DbType.String;
            parameter.Value = StoredForms.Text(day);
            return;
        }
        parameter.DbType = DbType.Date;
        parameter.Value = day.ToDateTime(TimeOnly.MinValue);
    }

    public object Parse(Type destinationType, object value) => value switch
    {
        DateOnly day => day,
        DateTime time => DateOnly.FromDateTime(time),
        string text => DateOnly.ParseExact(text, StoredForms.Date, CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"A {value.GetType().Name} column cannot be read as a date."),
    };
}
