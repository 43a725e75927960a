/**
 * LinkedIn's own hosts: www, the bare domain and the two-letter country subdomains
 * (de., se., uk., …). `*.linkedin.com` in the manifest is wider (business., learning., …);
 * pages there are not read.
 */
export const LINKEDIN_HOST = /^(?:www\.|[a-z]{2}\.)?linkedin\.com$/;
