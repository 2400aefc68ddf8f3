namespace CallCenter.Server.Tests.AsteriskConfig;

public class AsteriskConfigFileTests
{
    [Test]
    public void Parse_SectionWithTemplates_InheritsTemplateEntriesBeforeItsOwn()
    {
        const string text = """
            [base](!)
            type = endpoint
            allow = ulaw

            [extra](!)
            allow = alaw

            [1001](base,extra)
            allow = g722
            """;

        var file = AsteriskConfigFile.Parse("pjsip.conf", text);

        Assert.That(file.Section("1001").Values("allow"), Is.EqualTo(new[] { "ulaw", "alaw", "g722" }));
    }

    [Test]
    public void Parse_TemplateMarker_KeepsTemplateOutOfRealSections()
    {
        var file = AsteriskConfigFile.Parse("pjsip.conf", "[base](!)\ntype = aor\n[1001](base)\n");

        Assert.That(file.ObjectsOfType("aor").Select(section => section.Name), Is.EqualTo(new[] { "1001" }));
    }

    [Test]
    public void Parse_ArrowAndEquals_BothGiveKeyAndValue()
    {
        var file = AsteriskConfigFile.Parse("modules.conf", "[modules]\nload => res_ari.so\nrequire = app_stasis.so\n");

        var entries = file.Section("modules").Entries;

        Assert.That(
            entries.Select(entry => (entry.Key, entry.Value, entry.IsObjectArrow)),
            Is.EqualTo(new[] { ("load", "res_ari.so", true), ("require", "app_stasis.so", false) }));
    }

    [Test]
    public void Parse_Comments_AreDroppedAndEscapedSemicolonKept()
    {
        const string text = """
            ; a comment line
            [general]
            ;-- a block comment
            enabled = no
            --;
            password = one\;two ; trailing comment
            """;

        var section = AsteriskConfigFile.Parse("ari.conf", text).Section("general");

        Assert.That(section.Entries.Select(entry => (entry.Key, entry.Value)), Is.EqualTo(new[] { ("password", "one;two") }));
    }

    [Test]
    public void Parse_AddToExistingSection_AppendsEntries()
    {
        var file = AsteriskConfigFile.Parse("pjsip.conf", "[transport-udp]\nbind = 0.0.0.0\n[transport-udp](+)\nlocal_net = 10.0.0.0/8\n");

        Assert.That(file.Section("transport-udp").Value("local_net"), Is.EqualTo("10.0.0.0/8"));
    }

    [Test]
    public void Parse_IncludeDirectives_AreRecordedWithTheirFile()
    {
        var file = AsteriskConfigFile.Parse("pjsip.conf", "#include \"pjsip_local.conf\"\n#tryinclude extra.conf\n[global]\n");

        Assert.That(
            file.Directives.Select(directive => (directive.Name, directive.Argument)),
            Is.EqualTo(new[] { ("#include", "pjsip_local.conf"), ("#tryinclude", "extra.conf") }));
    }

    [Test]
    public void Parse_LineWithoutEquals_FailsNamingFileAndLine()
    {
        var error = Assert.Throws<AsteriskConfigFormatException>(() =>
            AsteriskConfigFile.Parse("http.conf", "[general]\nenabled = yes\nbindport 8088\n"));

        Assert.That(error!.Message, Does.StartWith("http.conf:3:"));
    }

    [Test]
    public void Parse_EntryBeforeAnySection_Fails()
    {
        var error = Assert.Throws<AsteriskConfigFormatException>(() => AsteriskConfigFile.Parse("rtp.conf", "rtpstart = 10000\n"));

        Assert.That(error!.Line, Is.EqualTo(1));
    }

    [Test]
    public void Parse_InheritingUndefinedTemplate_Fails()
    {
        var error = Assert.Throws<AsteriskConfigFormatException>(() => AsteriskConfigFile.Parse("pjsip.conf", "[1001](missing)\ntype = aor\n"));

        Assert.That(error!.Message, Does.Contain("[missing]"));
    }

    [Test]
    public void Parse_UnclosedBlockComment_Fails()
    {
        Assert.Throws<AsteriskConfigFormatException>(() => AsteriskConfigFile.Parse("logger.conf", "[general]\n;-- never closed\n"));
    }

    [Test]
    public void Dialplan_ExtenAndSame_NumberPrioritiesInOrder()
    {
        const string text = """
            [in]
            exten => 100,1,NoOp(hello)
             same => n(start),Stasis(callcenter,vip)
             same => n,Hangup()
            """;

        var steps = Dialplan.From(AsteriskConfigFile.Parse("extensions.conf", text)).Find("in", "100");

        Assert.That(
            steps!.Select(step => (step.Priority, step.Application, step.Data)),
            Is.EqualTo(new[] { (1, "NoOp", "hello"), (2, "Stasis", "callcenter,vip"), (3, "Hangup", "") }));
    }

    [Test]
    public void Dialplan_Include_IsSearchedAfterOwnExtensions()
    {
        const string text = """
            [outer]
            include => inner
            exten => 100,1,Playback(outer)
            [inner]
            exten => 100,1,Playback(inner)
            exten => 200,1,Playback(inner)
            """;

        var dialplan = Dialplan.From(AsteriskConfigFile.Parse("extensions.conf", text));

        Assert.That(
            new[] { dialplan.Find("outer", "100")![0].Data, dialplan.Find("outer", "200")![0].Data },
            Is.EqualTo(new[] { "outer", "inner" }));
    }

    [Test]
    public void Dialplan_SameWithoutExten_Fails()
    {
        Assert.Throws<AsteriskConfigFormatException>(() =>
            Dialplan.From(AsteriskConfigFile.Parse("extensions.conf", "[in]\n same => n,Hangup()\n")));
    }

    [Test]
    public void DialplanStep_Arguments_SplitOnTopLevelCommasOnly()
    {
        var step = new DialplanStep("100", 1, "Dial", "PJSIP/${EXTEN},30,b(sub,s,1)", 1);

        Assert.That(step.Arguments, Is.EqualTo(new[] { "PJSIP/${EXTEN}", "30", "b(sub,s,1)" }));
    }
}
