package org.peacewatch.config;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two transaction managers on the one data source. JPA stays the default, for the aggregates mapped as entities
 * (sources). The JDBC one, {@value #JDBC}, is for code that only runs SQL through {@code JdbcClient} (storing and
 * tagging articles): a JPA transaction would open a Hibernate session per transaction that such code never uses,
 * which was about a tenth of the CPU of storing an article.
 * <p>
 * Declaring any transaction manager makes Spring Boot's own JPA one back off, so both are declared here.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfig {

    /** The name to give {@code @Transactional} on JDBC-only code paths. */
    static final String JDBC = "jdbcTransactionManager";

    @Bean
    @Primary
    PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        JpaTransactionManager transactions = new JpaTransactionManager(entityManagerFactory);
        customizers.ifAvailable(c -> c.customize(transactions));
        return transactions;
    }

    @Bean(JDBC)
    PlatformTransactionManager jdbcTransactionManager(DataSource dataSource,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource);
        customizers.ifAvailable(c -> c.customize(transactions));
        return transactions;
    }
}
