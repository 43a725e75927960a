import { formatRange, parseEmployeeRange, parseEmployeesOnLinkedin } from '../../normalize/employees';
import { boundsText, checkRange, defineCriterion, rangeSchema, unknown } from './kit';

/** Employee head-count range, inclusive; an open end is null. */
export const employees = defineCriterion({
  id: 'employees',
  label: 'Company size',
  schema: rangeSchema,
  defaultValue: () => ({ min: 50, max: 1000, weight: 20 }),
  check(c, facts) {
    const band = facts.company.employees;
    if (band && (band.min !== null || band.max !== null)) return checkRange(band, c, 'company.employees', false);
    const members = facts.company.employeesOnLinkedin;
    if (members !== null) {
      // Members on LinkedIn are a floor for the head-count: above the maximum is a miss, below the minimum says nothing.
      if (c.max !== null && members > c.max)
        return { status: 'missed', sentence: `${members.toLocaleString('en-US')} employees on LinkedIn already exceeds ${boundsText(c.min, c.max)}.`, field: 'company.employeesOnLinkedin' };
      if (c.min === null || members >= c.min)
        return { status: 'matched', sentence: `${members.toLocaleString('en-US')} employees on LinkedIn is inside ${boundsText(c.min, c.max)}.`, field: 'company.employeesOnLinkedin' };
      return unknown(`Only ${members.toLocaleString('en-US')} employees on LinkedIn; the company-size band is not stated.`);
    }
    return unknown('Company size not stated on the pages seen.');
  },
  facts: [
    {
      name: 'headcount',
      source: 'company.employees',
      read: (f) => (f.company.employees && (f.company.employees.min !== null || f.company.employees.max !== null) ? formatRange(f.company.employees) : null),
    },
  ],
  csv: {
    columns: { employees: ['employees', 'numberofemployees', 'employeecount', 'companysize', 'headcount', 'size', 'noofemployees', 'employeerange', 'estimatednumemployees'] },
    read({ get, note, facts }) {
      const cell = get('employees');
      if (!cell) return null;
      const range = parseEmployeeRange(cell);
      const members = range ? null : parseEmployeesOnLinkedin(cell);
      if (!range && members === null) return `employees "${cell}" is not a number or a range`;
      if (range) {
        facts.company.employees = range;
        note('company.employees', 'employees', cell);
      } else {
        facts.company.employeesOnLinkedin = members;
        note('company.employeesOnLinkedin', 'employees', cell);
      }
      return null;
    },
  },
  editor: {
    title: 'Employees',
    layout: 'grid2',
    fields: [
      { kind: 'number', key: 'min', label: 'Minimum employees', min: 0 },
      { kind: 'number', key: 'max', label: 'Maximum employees', min: 0 },
    ],
  },
});
