package org.govexchange.exchange;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wiremock.spring.InjectWireMock;

/** What every hub integration test reaches for: the stand-in catalog, the hub's port and its database. */
@ExchangeIntegrationTest
public abstract class HubIntegration {

    @InjectWireMock("catalog")
    protected WireMockServer catalog;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;
}
