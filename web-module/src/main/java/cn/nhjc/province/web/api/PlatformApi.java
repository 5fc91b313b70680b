package cn.nhjc.province.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The platform's REST API for city platforms, the national platform and scripts. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "省级重点用能单位能耗在线监测平台 API",
            version = "1",
            description =
                "Everything the government and enterprise pages show. Bearer tokens from the"
                    + " platform's Keycloak realm 'energy' (client 'energy-scripts' for scripts);"
                    + " data is scoped by role: a city official sees their city, an enterprise"
                    + " user their own unit."))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class PlatformApi extends Application {}
