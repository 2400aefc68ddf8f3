using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CallCenter.Data.Mapping;

/// <summary>
/// Guids as lower-case text on SQLite (Microsoft.Data.Sqlite would otherwise store 16 bytes that nobody can
/// read in a shell), uniqueidentifier on SQL Server.
/// </summary>
internal sealed class GuidHandler : SqlMapper.ITypeHandler
{
    public void SetValue(IDbDataParameter parameter, object value)
    {
        if (value is not Guid id)
        {
            parameter.Value = DBNull.Value;
            return;
        }
        if (parameter is SqliteParameter)
        {
            parameter.DbType = DbType.String;
            parameter.Value = StoredForms.Text(id);
            return;
        }
        parameter.DbType = DbType.Guid;
        parameter.Value = id;
    }

    public object Parse(Type destinationType, object value) => value switch
    {
        Guid id => id,
        string text => Guid.Parse(text),
        byte[] { Length: 16 } bytes => new Guid(bytes),
        _ => throw new InvalidCastException($"A {value.GetType().Name} column cannot be read as a Guid."),
    };
}
