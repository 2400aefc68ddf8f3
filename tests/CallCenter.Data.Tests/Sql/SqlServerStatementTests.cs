using System.Reflection;
using CallCenter.Data.Schema;
using CallCenter.Data.Sql;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CallCenter.Data.Tests.Sql;

/// <summary>
/// No SQL Server runs here, so every statement the data layer can send to one — every static SqlText in
/// CallCenter.Data, found by reflection, and every batch of the SQL Server migrations — is parsed the way
/// SQL Server 2022 parses it.
/// </summary>
public sealed class SqlServerStatementTests
{
    public static IEnumerable<TestCaseData> Statements() =>
        AllSqlTexts().Select(s => new TestCaseData(s.Text.SqlServer).SetArgDisplayNames(s.Name));

    public static IEnumerable<TestCaseData> MigrationBatches() =>
        MigrationScripts.For(DatabaseProvider.SqlServer).SelectMany(m =>
            SchemaMigrator.Batches(m.Script).Select((batch, i) => new TestCaseData(batch).SetArgDisplayNames($"{m.Version:0000}_{m.Name} batch {i + 1}")));

    [TestCaseSource(nameof(Statements))]
    public void Statement_ParsesAsSqlServer(string sql) => Assert.That(ParseErrors(sql), Is.Empty);

    [TestCaseSource(nameof(MigrationBatches))]
    public void MigrationBatch_ParsesAsSqlServer(string batch) => Assert.That(ParseErrors(batch), Is.Empty);

    [Test]
    public void Statements_AreFoundWhereverTheyAreDeclared()
    {
        var names = AllSqlTexts().Select(s => s.Name).ToList();

        Assert.That(names, Does.Contain("CustomerSql.FindByPhone").And.Contain("JournalSql.UpsertCallRecord").And.Contain("SchemaSql.TakeMigrationLock").And.Contain("OrderSql.ReserveStock"));
    }

    [Test]
    public void Parser_MistakeInAStatement_IsReported()
    {
        Assert.That(ParseErrors("SELECT TOP (@Limit) * FROM orders WHERE number IN @Numbers"), Is.Not.Empty);
    }

    /// <summary>Every static field or property of type SqlText in the data assembly, public or not.</summary>
    internal static IEnumerable<(string Name, SqlText Text)> AllSqlTexts()
    {
        const BindingFlags Statics = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in typeof(SqlText).Assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
        {
            foreach (var field in type.GetFields(Statics).Where(f => f.FieldType == typeof(SqlText)))
            {
                yield return ($"{type.Name}.{field.Name}", (SqlText)field.GetValue(null)!);
            }
            foreach (var property in type.GetProperties(Statics).Where(p => p.PropertyType == typeof(SqlText) && p.GetIndexParameters().Length == 0))
            {
                yield return ($"{type.Name}.{property.Name}", (SqlText)property.GetValue(null)!);
            }
        }
    }

    private static List<string> ParseErrors(string sql)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}").ToList();
    }
}
