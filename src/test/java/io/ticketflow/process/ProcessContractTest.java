package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.ticketflow.sla.SlaDueDates;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The process contract on models an attacker would deploy, and on what analysts legitimately draw. */
class ProcessContractTest {

    private final ProcessContract contract = new ProcessContract(Map.of(
            "routeTicketDelegate", Object.class,
            "slaDueDates", SlaDueDates.class,
            "ticketAssignmentListener", Object.class));

    @Test
    void aModelThatCallsOnlyProcessBeansAndReadsVariablesIsAccepted() {
        String model = process("""
                <serviceTask id="Task_Route" camunda:delegateExpression="${routeTicketDelegate}"/>
                <userTask id="Task_Handle" camunda:candidateGroups="${assignedGroup}" camunda:assignee="${dispatchedTo}">
                  <extensionElements>
                    <camunda:taskListener delegateExpression="${ticketAssignmentListener}" event="assignment"/>
                    <camunda:inputOutput><camunda:inputParameter name="level">${level + 1}</camunda:inputParameter></camunda:inputOutput>
                  </extensionElements>
                </userTask>
                <boundaryEvent id="Boundary_Due" attachedToRef="Task_Handle">
                  <timerEventDefinition><timeDate>${slaDueDates.at(execution, 'RESOLUTION_BREACH')}</timeDate></timerEventDefinition>
                </boundaryEvent>
                <sequenceFlow id="Flow_Yes" sourceRef="Task_Route" targetRef="Task_Handle">
                  <conditionExpression xsi:type="tFormalExpression">${!resolutionAccepted &amp;&amp; priority == 'URGENT'}</conditionExpression>
                </sequenceFlow>""");

        assertThat(check(model)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "${\"\".getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"touch /tmp/pwned\")}",
            "${execution.processEngineServices.identityService.createMembership('ann', 'camunda-admin')}",
            "${execution.getProcessEngineServices()}",
            "${environment.getProperty('ticketflow.intake.integrations.WECHAT.secret')}",
            "${ticketService.close(1, false)}",
            "${slaDueDates.getClass()}",
            "${slaDueDates['at'](execution, 'X')}",
            "${x.class}",
            "${x['class']}",
            "${dateTime().toString()}",
            "${currentUser()}",
            "${task.delete()}"})
    void anExpressionReachingBeyondTheProcessBeansIsRefused(String expression) {
        String model = process("<serviceTask id=\"Task_Evil\" camunda:expression=\"" + xml(expression) + "\"/>");

        List<ContractViolation> violations = check(model);

        assertThat(violations).isNotEmpty();
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.resource()).isEqualTo("evil.bpmn");
            assertThat(v.element()).isEqualTo("Task_Evil");
        });
    }

    @Test
    void aTimerStartedProcessCannotAddAnAdmin() {
        String model = process("""
                <startEvent id="Start_Timer">
                  <timerEventDefinition><timeCycle>R/PT1M</timeCycle></timerEventDefinition>
                  <extensionElements>
                    <camunda:executionListener event="start" expression="${execution.processEngineServices.identityService.createMembership('ann','camunda-admin')}"/>
                  </extensionElements>
                </startEvent>""");

        assertThat(check(model)).singleElement().satisfies(v -> {
            assertThat(v.element()).isEqualTo("Start_Timer");
            assertThat(v.reason()).contains("camunda:executionListener expression").contains("calls a method of a value");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<scriptTask id=\"Task_Script\" scriptFormat=\"javascript\"><script>java.lang.Runtime.getRuntime()</script></scriptTask>",
            "<serviceTask id=\"Task_Class\" camunda:class=\"java.lang.Runtime\"/>",
            "<serviceTask id=\"Task_Activiti\" activiti:class=\"com.example.Evil\"/>",
            "<serviceTask id=\"Task_Listener\"><extensionElements><camunda:executionListener class=\"x.Evil\" event=\"start\"/></extensionElements></serviceTask>",
            "<serviceTask id=\"Task_ScriptListener\"><extensionElements><camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">'id'.execute()</camunda:script></camunda:executionListener></extensionElements></serviceTask>",
            "<serviceTask id=\"Task_ScriptResource\"><extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\"><camunda:script scriptFormat=\"js\" resource=\"deployment://evil.js\"/></camunda:inputParameter></camunda:inputOutput></extensionElements></serviceTask>",
            "<serviceTask id=\"Task_Connector\"><extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></extensionElements></serviceTask>",
            "<userTask id=\"Task_Form\" camunda:formKey=\"embedded:deployment:evil.html\"/>",
            "<serviceTask id=\"Task_Delegate\" camunda:delegateExpression=\"${environment}\"/>",
            "<callActivity id=\"Task_Call\" calledElement=\"X\" camunda:variableMappingClass=\"x.Evil\"/>",
            "<serviceTask id=\"Task_Shell\" camunda:type=\"shell\"/>",
            "<serviceTask id=\"Task_Mail\" camunda:type=\"mail\"/>",
            "<serviceTask id=\"Task_ActivitiShell\" activiti:type=\"shell\"/>",
            "<serviceTask id=\"Task_Field\" camunda:delegateExpression=\"${routeTicketDelegate}\"><extensionElements><camunda:field name=\"tickets\"><camunda:string>x</camunda:string></camunda:field></extensionElements></serviceTask>",
            "<startEvent id=\"Task_FormHandler\" camunda:formHandlerClass=\"java.util.Timer\"/>",
            "<userTask id=\"Task_Validator\"><extensionElements><camunda:formData><camunda:formField id=\"Task_ValidatedField\" type=\"string\"><camunda:validation><camunda:constraint name=\"validator\" config=\"java.util.Timer\"/></camunda:validation></camunda:formField></camunda:formData></extensionElements></userTask>",
            "<sequenceFlow id=\"Task_Juel\" sourceRef=\"a\" targetRef=\"b\"><conditionExpression xsi:type=\"tFormalExpression\" language=\"juel\">true</conditionExpression></sequenceFlow>",
            "<sequenceFlow id=\"Task_SplitByComment\" sourceRef=\"a\" targetRef=\"b\"><conditionExpression xsi:type=\"tFormalExpression\">$<!-- split -->{''.getClass()}</conditionExpression></sequenceFlow>",
            "<serviceTask id=\"Task_SplitByCdata\"><extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">$<![CDATA[{''.getClass()}]]></camunda:inputParameter></camunda:inputOutput></extensionElements></serviceTask>",
            "<callActivity id=\"Task_BusinessKey\" calledElement=\"X\"><extensionElements><camunda:in businessKey=\"TF-2026-000005\"/></extensionElements></callActivity>",
            "<serviceTask id=\"Task_DiagramScript\" camunda:expression=\"${1}\"><extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\"><bpmndi:script scriptFormat=\"juel\">${1}</bpmndi:script></camunda:inputParameter></camunda:inputOutput></extensionElements></serviceTask>",
            "<userTask id=\"Task_FormProperty\"><extensionElements><camunda:formProperty id=\"Task_FormProp\" variable=\"x\"/></extensionElements></userTask>",
            "<userTask id=\"Task_Declaration\"><property id=\"Task_Prop\" camunda:srcExpr=\"${4}\" camunda:dst=\"x\"/></userTask>",
            "<startEvent id=\"Task_Initiator\" camunda:initiator=\"x\"/>",
            "<serviceTask id=\"Task_ResultName\" camunda:expression=\"${5}\" camunda:resultVariableName=\"ticketId\"/>",
            "<serviceTask id=\"Task_Unknown\" camunda:somethingNew=\"x\"/>",
            "<intermediateThrowEvent id=\"Task_Signal\"><signalEventDefinition signalRef=\"S\"><extensionElements><camunda:in variables=\"all\"/></extensionElements></signalEventDefinition></intermediateThrowEvent>",
            "<intermediateThrowEvent id=\"Task_SignalNamed\"><signalEventDefinition signalRef=\"S\"><extensionElements><camunda:in source=\"x\" target=\"assignedGroup\"/></extensionElements></signalEventDefinition></intermediateThrowEvent>",
            "<callActivity id=\"Task_CallAll\" calledElement=\"X\"><extensionElements><camunda:out variables=\"all\"/></extensionElements></callActivity>",
            "<serviceTask id=\"Task_Foreign\"><extensionElements><other:thing xmlns:other=\"urn:other\"/></extensionElements></serviceTask>"})
    void scriptsClassesConnectorsAndFormsAreRefused(String element) {
        assertThat(check(process(element))).isNotEmpty()
                .allSatisfy(v -> assertThat(v.element()).startsWith("Task_"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<serviceTask id=\"Task_Input\" camunda:delegateExpression=\"${routeTicketDelegate}\"><extensionElements><camunda:inputOutput><camunda:inputParameter name=\"ticketId\">${5}</camunda:inputParameter></camunda:inputOutput></extensionElements></serviceTask>",
            "<serviceTask id=\"Task_Output\"><extensionElements><camunda:inputOutput><camunda:outputParameter name=\"resolvedBy\">eric</camunda:outputParameter></camunda:inputOutput></extensionElements></serviceTask>",
            "<serviceTask id=\"Task_Result\" camunda:expression=\"${5}\" camunda:resultVariable=\"ticketId\"/>",
            "<callActivity id=\"Task_In\" calledElement=\"X\"><extensionElements><camunda:in sourceExpression=\"${5}\" target=\"ticketId\"/></extensionElements></callActivity>",
            "<userTask id=\"Task_FormField\"><extensionElements><camunda:formData><camunda:formField id=\"confirmedBy\" type=\"string\"/></camunda:formData></extensionElements></userTask>",
            "<userTask id=\"Task_FormFieldNamed\"><extensionElements><camunda:formData><camunda:formField id=\"ticketId\" name=\"x\" type=\"string\"/></camunda:formData></extensionElements></userTask>",
            "<serviceTask id=\"Task_Loop\"><multiInstanceLoopCharacteristics><inputDataItem name=\"resolvedBy\"/></multiInstanceLoopCharacteristics></serviceTask>"})
    void aModelCannotWriteWhichTicketItIsAboutOrWhoActed(String element) {
        ProcessContract application = ProcessContract.of(Map.of("routeTicketDelegate", Object.class));

        assertThat(application.check("evil.bpmn", process(element).getBytes(StandardCharsets.UTF_8)))
                .singleElement().satisfies(v -> assertThat(v.reason()).contains("only the application writes"));
    }

    @Test
    void aVariableNamedByAnExpressionIsRefused() {
        assertThat(check(process("<serviceTask id=\"Task_X\" camunda:expression=\"${5}\" "
                + "camunda:resultVariable=\"${'ticket'}\"/>"))).singleElement()
                .satisfies(v -> assertThat(v.reason()).contains("plain names"));
    }

    @Test
    void aFileNestedTooDeeplyIsRefusedNotWalked() {
        String deep = "<a>".repeat(50_000) + "</a>".repeat(50_000);

        assertThat(check(process("<serviceTask id=\"Task_Deep\"><documentation>" + deep
                + "</documentation></serviceTask>"))).isNotEmpty();
        assertThat(check(process("<serviceTask id=\"Task_DeepExpression\" camunda:expression=\"${"
                + "(".repeat(20_000) + "1" + ")".repeat(20_000) + "}\"/>"))).isNotEmpty();
    }

    @Test
    void aCallActivityPassesNamedVariables() {
        assertThat(check(process("<callActivity id=\"Task_Call\" calledElement=\"X\"><extensionElements>"
                + "<camunda:in source=\"assignedGroup\" target=\"team\"/><camunda:out source=\"answer\" "
                + "target=\"answer\"/></extensionElements></callActivity>"))).isEmpty();
    }

    @Test
    void externalTasksAreAllowed() {
        assertThat(check(process("<serviceTask id=\"Task_External\" camunda:type=\"external\" camunda:topic=\"x\"/>")))
                .isEmpty();
    }

    @Test
    void externalEntitiesAreNeverRead() {
        String model = """
                <?xml version="1.0"?>
                <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><process id="P">&secret;</process></definitions>""";

        assertThat(check(model)).singleElement()
                .satisfies(v -> assertThat(v.reason()).contains("document type declaration"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.js", "decision.dmn", "case.cmmn", "form.html", "x.form"})
    void onlyBpmnFilesMayBeDeployed(String name) {
        assertThat(contract.check(name, "<x/>".getBytes(StandardCharsets.UTF_8))).singleElement()
                .satisfies(v -> assertThat(v.reason()).contains("only BPMN files"));
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        String model = process("""
                <serviceTask id="Task_One" camunda:class="x.One"/>
                <serviceTask id="Task_Two" camunda:expression="${''.getClass()}"/>""");

        assertThat(check(model)).extracting(ContractViolation::element).containsExactly("Task_One", "Task_Two");
    }

    @Test
    void aJourneyMayNameItsElementsAsItLikesForJavaKnowsNone() throws Exception {
        String lifecycle = java.nio.file.Files.readString(java.nio.file.Path.of("processes/ticket-lifecycle.bpmn"))
                .replace("Task_HandleTicket", "Task_WorkOnTicket")
                .replace("Gateway_AwaitConfirmation", "Gateway_Wait");
        Map<String, Class<?>> beans = new java.util.HashMap<>();
        for (String bean : List.of("routeTicketDelegate", "startSlaClocksDelegate", "escalateSlaDelegate",
                "markTicketResolvedDelegate", "closeTicketDelegate", "autoCloseTicketDelegate",
                "reopenTicketDelegate", "settleServiceDelegate")) {
            beans.put(bean, Object.class);
        }
        beans.put("slaDueDates", SlaDueDates.class);

        assertThat(ProcessContract.of(beans).check("processes/ticket-lifecycle.bpmn",
                lifecycle.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aCallActivityHandsTheTicketOnUnchangedButCannotSetIt() {
        ProcessContract application = ProcessContract.of(Map.of());
        String handsOn = process("""
                <callActivity id="Call_Block" calledElement="Block"><extensionElements>
                  <camunda:in source="ticketId" target="ticketId"/></extensionElements></callActivity>""");
        String sets = process("""
                <callActivity id="Call_Block" calledElement="Block"><extensionElements>
                  <camunda:in source="otherTicket" target="ticketId"/></extensionElements></callActivity>""");

        String actors = process("""
                <callActivity id="Call_Block" calledElement="Block"><extensionElements>
                  <camunda:in source="resolvedBy" target="resolvedBy"/></extensionElements></callActivity>""");
        String badKind = process("""
                <userTask id="Task_Step"><extensionElements><camunda:properties>
                  <camunda:property name="stepKind" value="a very long kind that no sla row has"/>
                </camunda:properties></extensionElements></userTask>""");

        assertThat(application.check("hands-on.bpmn", handsOn.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(application.check("actors.bpmn", actors.getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(v -> assertThat(v.reason()).contains("resolvedBy"));
        assertThat(application.check("kind.bpmn", badKind.getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(v -> assertThat(v.reason()).contains("stepKind"));
        assertThat(application.check("sets.bpmn", sets.getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(v -> assertThat(v.reason()).contains("ticketId"));
    }
    private List<ContractViolation> check(String model) {
        return contract.check("evil.bpmn", model.getBytes(StandardCharsets.UTF_8));
    }

    private static String process(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:activiti="http://activiti.org/bpmn"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Evil"
                    targetNamespace="http://ticketflow.io/test">
                  <process id="EvilProcess" isExecutable="true" camunda:historyTimeToLive="P1D">
                """ + body + """
                  </process>
                </definitions>""";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
