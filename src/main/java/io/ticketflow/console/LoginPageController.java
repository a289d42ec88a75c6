package io.ticketflow.console;

import io.ticketflow.demo.DemoData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The one login page, for the console and Camunda's webapps alike, in the browser's language; it names the demo
 * users only when the demo profile runs.
 */
@Controller
class LoginPageController {

    private final ObjectProvider<DemoData> demo;

    LoginPageController(ObjectProvider<DemoData> demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        DemoData data = demo.getIfAvailable();
        model.addAttribute("demoUsers", data == null ? null : data.logins());
        return "console/login";
    }
}
