package org.govexchange.catalog.department;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.govexchange.contracts.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DepartmentService {

    static final String NOT_FOUND = "DEPARTMENT_NOT_FOUND";

    private final DepartmentMapper departments;

    public DepartmentService(DepartmentMapper departments) {
        this.departments = departments;
    }

    @Transactional
    public DepartmentView register(String code, String name, String level, String parentCode, String contact) {
        var now = LocalDateTime.now(ZoneOffset.UTC);
        var department = new Department();
        department.setCode(code);
        department.setName(name);
        department.setLevel(level);
        department.setParentCode(parentCode);
        department.setContact(contact);
        department.setStatus("ACTIVE");
        department.setCreatedAt(now);
        department.setUpdatedAt(now);
        departments.insert(department);
        return DepartmentView.of(department);
    }

    @Transactional(readOnly = true)
    public DepartmentView find(String code) {
        Department department = departments.selectById(code);
        if (department == null) {
            throw ProblemException.notFound(NOT_FOUND, "No department with code " + code + ".");
        }
        return DepartmentView.of(department);
    }
}
