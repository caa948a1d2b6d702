/**
 * Where a page sits in the site, as a schema.org BreadcrumbList: the home page, the
 * section of the main navigation the page is under (People, Years, Data...), the page.
 */
import type { BreadcrumbList } from 'schema-dts';
import { NAV, type NavLink } from '../urls/nav';
import { paths } from '../urls/paths';
import { SITE_NAME } from '../../site';
import { DICTIONARIES } from '../../i18n';

export interface Crumb {
  name: string;
  /** A path of the site (with the base path); none for a page without an address of its own (404). */
  href?: string | undefined;
}

/**
 * The crumbs of the page at `pathname` (with the base path) titled `title`; a page
 * served at any address (404) passes no pathname, and is shown under the home page.
 */
export function crumbs(pathname: string | undefined, title: string, nav: readonly NavLink[] = NAV): Crumb[] {
  const home = paths.home();
  const out: Crumb[] = [{ name: SITE_NAME, href: home }];
  if (pathname === undefined) return [...out, { name: title }];
  if (pathname === home) return out;
  const section = nav.find((n) => n.href !== home && pathname.startsWith(n.href) && pathname !== n.href);
  if (section) out.push({ name: DICTIONARIES.en[section.key], href: section.href });
  out.push({ name: title, href: pathname });
  return out;
}

export function breadcrumbList(list: readonly Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: list.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      ...(c.href !== undefined && { item: paths.absolute(c.href) }),
    })),
  };
}
