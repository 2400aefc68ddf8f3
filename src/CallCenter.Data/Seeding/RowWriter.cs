using System.Data.Common;
using System.Text.RegularExpressions;
using CallCenter.Data.Sql;

namespace CallCenter.Data.Seeding;

/// <summary>
/// One insert statement, prepared once and run for row after row inside the seeding transaction: on SQLite
/// that is what makes a few hundred thousand rows take seconds.
/// </summary>
internal sealed partial class RowWriter : IAsyncDisposable
{
    private readonly DbCommand command;
    private readonly DbParameter[] parameters;
    private readonly DatabaseProvider provider;

    public RowWriter(DbConnection connection, DbTransaction transaction, SqlText sql, DatabaseProvider provider)
    {
        this.provider = provider;
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql.For(provider);
        parameters = ParameterName().Matches(command.CommandText)
            .Select(m => m.Value)
            .Distinct(StringComparer.Ordinal)
            .Select(name =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
                return parameter;
            })
            .ToArray();
    }

    public int Rows { get; private set; }

    /// <summary>Writes one row; <paramref name="values"/> in the order the parameters first appear in the statement.</summary>
    public async Task WriteAsync(object?[] values, CancellationToken cancellationToken)
    {
        Bind(values);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        Rows++;
    }

    /// <summary>Writes one row and returns the id the database gave it.</summary>
    public async Task<long> WriteReturningIdAsync(object?[] values, CancellationToken cancellationToken)
    {
        Bind(values);
        var id = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        Rows++;
        return Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();

    private void Bind(object?[] values)
    {
        if (values.Length != parameters.Length)
        {
            throw new ArgumentException($"The statement takes {parameters.Length} values, not {values.Length}: {command.CommandText}", nameof(values));
        }
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = StoredValue.For(values[i], provider);
        }
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex ParameterName();
}
